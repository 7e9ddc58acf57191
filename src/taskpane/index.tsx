/** Entry of the task pane bundle (taskpane.html loads office.js from Microsoft's CDN first). */
import { bootPane } from "./boot";

void bootPane(document.getElementById("root")!);
