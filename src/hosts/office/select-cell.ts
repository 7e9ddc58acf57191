/** Moves Excel's selection, for the pane's problem list and result links. */
import { trimCell } from "../../workbook/cells";
import type { ExcelEnv } from "./excel-env";

/**
 * Activates the sheet, syncs, then selects the cell at a 0-based row and column. `activate()` and
 * `select()` in one batch is unreliable on Windows when the cell is on another sheet: "If it has to
 * change sheet, then it only works after multiple calls" (https://github.com/OfficeDev/office-js/issues/5118),
 * hence the sync in between. The sheet is found by its name, or else by its name trimmed (as the
 * workbook's sheets are matched: `受理统计 ` is 受理统计), ignoring case as Excel does.
 */
export async function selectCell(env: ExcelEnv, sheet: string, row: number, col: number): Promise<void> {
  await env.run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const key = (n: string) => trimCell(n).toLowerCase();
    const ws = sheets.items.find((s) => s.name === sheet) ?? sheets.items.find((s) => key(s.name) === key(sheet));
    if (!ws) return;
    ws.activate();
    await context.sync();
    ws.getRangeByIndexes(row, col, 1, 1).select();
    await context.sync();
  });
}
