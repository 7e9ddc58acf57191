/** Entry of the task pane bundle: taskpane.html loads office.js (CDN or office-js/) first, then its ES5 guard loads this bundle. */
import { bootPane } from "./boot";

void bootPane(document.getElementById("root")!);
