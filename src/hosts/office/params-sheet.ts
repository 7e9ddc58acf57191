/** Saves the parameters panel into the `参数` sheet (as text, so `0.40` or `无` stay as typed). */
import { SHEET } from "../../workbook/sheets";
import type { ExcelEnv } from "./excel-env";
import { planParamWrites } from "./param-cells";
import { readSheets } from "./read-sheets";
import { TEXT_FORMAT } from "./sheet-cells";

export type SaveParamsResult = { ok: true; changed: number } | { ok: false; message: string };

/** Reads the `参数` sheet, then writes only the cells that change (or creates the sheet) in one sync. */
export async function saveParams(env: ExcelEnv, values: Readonly<Record<string, string>>, budget: number): Promise<SaveParamsResult> {
  const { grids } = await readSheets(env, [SHEET.params], { budget });
  const plan = planParamWrites(grids[SHEET.params], values);
  if (plan.kind === "badHeaders") {
    return { ok: false, message: `“${SHEET.params}”表第1行须有“参数”和“值”两列，未能保存` };
  }
  if (plan.kind === "update" && plan.writes.length === 0) return { ok: true, changed: 0 };
  await env.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    if (plan.kind === "create") {
      const ws = worksheets.add(SHEET.params);
      const range = ws.getRangeByIndexes(0, 0, plan.rows.length, plan.rows[0].length);
      range.numberFormat = plan.rows.map((r) => r.map(() => TEXT_FORMAT));
      range.values = plan.rows;
      ws.getRangeByIndexes(0, 0, 1, plan.rows[0].length).format.font.bold = true;
    } else {
      const ws = worksheets.getItem(SHEET.params);
      for (const w of plan.writes) {
        const cell = ws.getRangeByIndexes(w.row, w.col, 1, 1);
        cell.numberFormat = [[TEXT_FORMAT]];
        cell.values = [[w.text]];
      }
    }
    await context.sync();
  });
  return { ok: true, changed: plan.kind === "create" ? plan.rows.length - 1 : plan.writes.length };
}
