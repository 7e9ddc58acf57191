import type { OutputTable, OutputValue } from "../../../src/workbook/output-table";

export const headers = (t: OutputTable): string[] => t.columns.map((c) => c.header);

/** The value under `header` in data row `row` (0-based) — fails loudly when the header is absent. */
export function cell(t: OutputTable, row: number, header: string): OutputValue {
  const col = headers(t).indexOf(header);
  if (col < 0) throw new Error(`${t.name} has no column ${header}: ${headers(t).join(",")}`);
  return t.rows[row][col];
}

/** The data row whose name column holds `name`: column `col`, or by default the first of 单位, 地区, 名称 (else column A). */
export function rowOf(t: OutputTable, name: string, col = nameColumn(t)): number {
  const i = t.rows.findIndex((r) => r[col] === name);
  if (i < 0) throw new Error(`${t.name} has no row ${name}`);
  return i;
}

/** The name column: 单位 on the score sheets, 地区 or 名称 (after 排名) on the ranking sheets. */
export function nameColumn(t: OutputTable): number {
  return Math.max(0, headers(t).findIndex((h) => ["单位", "地区", "名称"].includes(h)));
}

export const kindOf = (t: OutputTable, header: string) => t.columns.find((c) => c.header === header)?.kind;

export const columnValues = (t: OutputTable, header: string): OutputValue[] =>
  t.rows.map((_, i) => cell(t, i, header));
