/**
 * What the pane needs to show a workbook before computing (its summary and 参数 texts), in a chunk
 * of its own: it pulls in the cell parsers and decimal.js, which the pane's first load leaves out.
 */
export { summarizeWorkbook } from "../../workbook/read-input";
export { paramTexts } from "./param-cells";
