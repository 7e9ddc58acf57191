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
  /** Print setup (see printLayoutOf for the default). */
  print?: PrintLayout;
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

/**
 * How an output sheet prints (A4 always). Hosts apply it: the xlsx host in the sheet XML, the Office
 * host through `worksheet.pageLayout` (ExcelApi 1.9, feature-detected). Absent = `DEFAULT_PRINT`.
 */
export interface PrintLayout {
  orientation: "portrait" | "landscape";
  /** Scale every column onto one page wide (ranking sheets); pages run down as long as needed. */
  fitToWidth: boolean;
  /** With `fitToWidth`: how many pages wide the columns are scaled onto (default 1). */
  pagesWide?: number;
  /** How many leftmost columns repeat on every printed page (0 = none, 1 = column A …). */
  repeatColumns: number;
  /**
   * The header row (row 2) repeats on every page. The title (row 1) is not repeated as a row: it
   * goes into the page header (`pageHeader`), and the footer carries page numbers (`第 &P 页，共 &N 页`).
   */
  repeatHeaderRow: boolean;
  /** Centre section of the page header: the sheet's title without TOOL_MARK. */
  pageHeader: string;
}

/** Print layout of a table: its own `print`, or landscape with column A and the header row repeated. */
export function printLayoutOf(table: OutputTable): PrintLayout {
  return (
    table.print ?? {
      orientation: "landscape",
      fitToWidth: false,
      repeatColumns: 1,
      repeatHeaderRow: true,
      pageHeader: table.title.startsWith(TOOL_MARK) ? table.title.slice(TOOL_MARK.length) : table.title,
    }
  );
}

/** Page footer every host writes: page numbers (Excel header/footer codes). */
export const PRINT_FOOTER = "第 &P 页，共 &N 页";
