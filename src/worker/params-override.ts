/**
 * The web page's parameters panel applies its values to one compute: the `参数` grid is copied
 * with the edited 值 cells (and rows for parameters it lacks), as the pane's 「保存到参数表」 would
 * write them. The workbook's own `参数` sheet is not changed.
 */
import { planParamWrites } from "../hosts/office/param-cells";
import type { SheetGrids } from "../workbook/compute-types";
import { SHEET } from "../workbook/sheets";

/**
 * The grids with the `参数` sheet as it would read after saving `values`; the same grids when
 * nothing changes. Null when the `参数` sheet lacks its 参数/值 headers (the compute reports it).
 */
export function withParams(grids: SheetGrids, values: Readonly<Record<string, string>>): SheetGrids | null {
  const grid = grids[SHEET.params];
  const plan = planParamWrites(grid, values);
  if (plan.kind === "badHeaders") return null;
  if (plan.kind === "create") return { ...grids, [SHEET.params]: plan.rows };
  if (plan.writes.length === 0) return grids;
  const copy = grid.map((row) => [...row]);
  for (const w of plan.writes) {
    while (copy.length <= w.row) copy.push([]);
    copy[w.row][w.col] = w.text;
  }
  return { ...grids, [SHEET.params]: copy };
}
