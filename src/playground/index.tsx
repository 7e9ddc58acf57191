/**
 * The playground: the real task pane over the fake Excel (office.js cannot load outside Office),
 * loaded with the example workbook, next to a plain view of its sheets. `?workbook=errors|empty`
 * picks another workbook, `?api=1.7` an older Excel.
 */
import { createRoot } from "react-dom/client";
import { createFakeExcel } from "../hosts/fake/fake-excel";
import { installFakeOffice } from "../hosts/fake/office-globals";
import { bootPane } from "../taskpane/boot";
import { SheetView } from "./sheet-view";
import { PLAYGROUND_WORKBOOKS, playgroundGrids, workbookFromQuery } from "./workbooks";

const kind = workbookFromQuery(location.search);
const apiVersion = new URLSearchParams(location.search).get("api") ?? "1.12";
const fake = createFakeExcel(playgroundGrids(kind), { apiVersion });
installFakeOffice(fake, window as unknown as Record<string, unknown>);
// Browser tests read the fake's state from here.
(window as unknown as { __playground: unknown }).__playground = { fake, kind };

const chooser = document.getElementById("workbooks")!;
for (const [key, label] of Object.entries(PLAYGROUND_WORKBOOKS)) {
  const a = document.createElement("a");
  a.href = `?workbook=${key}`;
  a.textContent = label;
  if (key === kind) a.setAttribute("aria-current", "page");
  chooser.appendChild(a);
}
createRoot(document.getElementById("sheets")!).render(<SheetView book={fake.workbook} />);
void bootPane(document.getElementById("root")!);
