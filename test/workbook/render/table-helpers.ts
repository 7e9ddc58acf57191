import type { OutputTable, OutputValue } from "../../../src/workbook/output-table";

export const headers = (t: OutputTable): string[] => t.columns.map((c) => c.header);

/** The value under `header` in data row `row` (0-based) — fails loudly when the header is absent. */
export function cell(t: OutputTable, row: number, header: string): OutputValue {
  const col = headers(t).indexOf(header);
  if (col < 0) throw new Error(`${t.name} has no column ${header}: ${headers(t).join(",")}`);
  return t.rows[row][col];
}

/** The data row whose first column is `name`. */
export function rowOf(t: OutputTable, name: string, col = 0): number {
  const i = t.rows.findIndex((r) => r[col] === name);
  if (i < 0) throw new Error(`${t.name} has no row ${name}`);
  return i;
}

export const kindOf = (t: OutputTable, header: string) => t.columns.find((c) => c.header === header)?.kind;

export const columnValues = (t: OutputTable, header: string): OutputValue[] =>
  t.rows.map((_, i) => cell(t, i, header));
