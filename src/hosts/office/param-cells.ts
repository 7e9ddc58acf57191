/**
 * The `参数` sheet as the pane's parameters panel sees it: the text of each parameter's 值 cell,
 * and the cell writes that save edited values (existing rows updated in place, missing ones appended).
 */
import { PARAM_SPECS } from "../../engine/params";
import { cellText } from "../../workbook/cells";
import { headerTexts } from "../../workbook/headers";

export const NAME_HEADER = "参数";
export const VALUE_HEADER = "值";

/** Parameter name → text of its 值 cell, for the parameters listed in the grid. */
export function paramTexts(grid: readonly unknown[][] | undefined): Record<string, string> {
  if (!grid || grid.length === 0) return {};
  const headers = headerTexts(grid as unknown[][]);
  const nameCol = headers.indexOf(NAME_HEADER);
  const valueCol = headers.indexOf(VALUE_HEADER);
  if (nameCol < 0 || valueCol < 0) return {};
  const out: Record<string, string> = {};
  for (const row of grid.slice(1)) {
    const name = cellText(row[nameCol]);
    if (name !== "" && !(name in out)) out[name] = cellText(row[valueCol]);
  }
  return out;
}

export interface CellWrite {
  row: number;
  col: number;
  text: string;
}

export type ParamWritePlan =
  | { kind: "create"; rows: string[][] }
  | { kind: "update"; writes: CellWrite[] }
  | { kind: "badHeaders" };

/**
 * What to write to save these values (parameter name → text; "" = blank = default). A missing
 * sheet is created with every parameter; an existing one gets only the cells that change.
 */
export function planParamWrites(grid: readonly unknown[][] | undefined, values: Readonly<Record<string, string>>): ParamWritePlan {
  const text = (name: string) => (values[name] ?? "").trim();
  if (!grid || grid.length === 0) {
    return {
      kind: "create",
      rows: [[NAME_HEADER, VALUE_HEADER, "说明"], ...PARAM_SPECS.map((p) => [p.name, text(p.name) || p.defaultText, p.description])],
    };
  }
  const headers = headerTexts(grid as unknown[][]);
  const nameCol = headers.indexOf(NAME_HEADER);
  const valueCol = headers.indexOf(VALUE_HEADER);
  if (nameCol < 0 || valueCol < 0) return { kind: "badHeaders" };
  const writes: CellWrite[] = [];
  let nextRow = grid.length;
  for (const spec of PARAM_SPECS) {
    if (!(spec.name in values)) continue;
    const row = grid.findIndex((r, i) => i > 0 && cellText(r[nameCol]) === spec.name);
    if (row > 0) {
      if (cellText(grid[row][valueCol]) !== text(spec.name)) writes.push({ row, col: valueCol, text: text(spec.name) });
    } else if (text(spec.name) !== "") {
      writes.push({ row: nextRow, col: nameCol, text: spec.name }, { row: nextRow, col: valueCol, text: text(spec.name) });
      nextRow++;
    }
  }
  return { kind: "update", writes };
}
