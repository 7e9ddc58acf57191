/**
 * Host-neutral description of an output sheet: the hosts (exceljs, Office) turn it into cells,
 * number formats, a table with filter and (on ranking sheets) a chart.
 */
export type OutputValue = string | number | null;

/**
 * `text`: written as text whatever it looks like (a name `=1+1` stays text);
 * `score`: 2 decimals (`0.00`); `rate`: percentage number with 2 decimals (93.5 means 93.50%, format `0.00`);
 * `integer`: `0`; `rank`: `0`.
 */
export type ColumnKind = "text" | "score" | "rate" | "integer" | "rank";

export interface OutputColumn {
  header: string;
  kind: ColumnKind;
  /** Width in characters (Excel column width units). */
  width: number;
}

export interface OutputTable {
  /** Sheet name, e.g. `2026-03 管理机构得分`. */
  name: string;
  /** Marker + title, written in A1 (see TOOL_MARK). The header row is row 2, data from row 3. */
  title: string;
  columns: OutputColumn[];
  rows: OutputValue[][];
  /** Column indexes whose values get score conditional formatting (colour scale). */
  scoreColumns: number[];
  /** On ranking sheets: a bar chart of `valueCol` by `categoryCol`. */
  chart: { title: string; categoryCol: number; valueCol: number } | null;
}

/** Every sheet the tool writes starts with this text in A1, so a recompute can tell its own sheets. */
export const TOOL_MARK = "【接诉即办赋分】";

export function isToolSheetTitle(a1Value: unknown): boolean {
  return typeof a1Value === "string" && a1Value.startsWith(TOOL_MARK);
}

/** Numeric format per column kind, shared by the hosts. */
export const NUMBER_FORMATS: Record<ColumnKind, string> = {
  text: "@",
  score: "0.00",
  rate: "0.00",
  integer: "0",
  rank: "0",
};
