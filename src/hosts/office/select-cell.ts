/** Moves Excel's selection, for the pane's problem list and result links. */
import type { ExcelEnv } from "./excel-env";

/** Activates the sheet and selects the cell at a 0-based row and column. */
export async function selectCell(env: ExcelEnv, sheet: string, row: number, col: number): Promise<void> {
  await env.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRangeByIndexes(row, col, 1, 1).select();
    await context.sync();
  });
}
