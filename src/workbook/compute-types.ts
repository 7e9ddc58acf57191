import type { Month, PeriodResult } from "../engine/types";
import type { BulletinDraft } from "./bulletin-draft/draft-types";
import type { OutputTable } from "./output-table";
import type { Problem } from "./problem";

/**
 * The workbook as hosts hand it over: sheet name → rows of cell values (row 0 = headers).
 * Cell values are primitives: string, number, boolean, Date (exceljs date cells), null/undefined.
 * Date cells arrive as Date (UTC fields = wall clock) in every host; a bare number in 月份 is not a
 * month. A number in a ticket time column may be an Excel date-time serial.
 */
export type SheetGrids = Record<string, unknown[][]>;

/** A sheet that already exists in the workbook: its name and the value of its A1 cell. */
export interface ExistingSheet {
  name: string;
  a1: unknown;
}

export interface ComputeOptions {
  /** Time of computation, written into 计算说明. */
  now: Date;
  /** Every sheet of the workbook (not only the input ones), to refuse overwriting a user's sheet. */
  existingSheets: readonly ExistingSheet[];
  /**
   * Build the output sheets (default true). A caller that writes no workbook (the CLI with only
   * `--json`) passes false: `tables` is then empty and no sheet name is checked.
   */
  tables?: boolean;
  /** Build the `--json` document (default true); false leaves `json` null. */
  json?: boolean;
  /** Quarter/year: also write the months' detail sheets (同时写入各月结果表, `--with-months`); default false. */
  withMonths?: boolean;
}

/** What a host needs to write: tables (only when ok), problems, and the JSON of WORKBOOK.md. */
export interface ComputeOutcome {
  ok: boolean;
  problems: Problem[];
  result: PeriodResult | null;
  /** Output sheets to write (replace) when ok; empty otherwise or when not asked for (`tables: false`). */
  tables: OutputTable[];
  /** The `--json` document of WORKBOOK.md (null when not ok or not asked for: `json: false`). */
  json: unknown;
  /** The bulletin draft (the `通报稿` sheet's text and the `--docx` document); null when not ok. */
  draft: BulletinDraft | null;
}

/** What the pane shows before computing: sheets found, regions, units, months. */
export interface WorkbookSummary {
  sheetsFound: string[];
  sheetsMissing: string[];
  regionCount: number;
  bodyCount: number;
  unitCount: number;
  months: Month[];
}
