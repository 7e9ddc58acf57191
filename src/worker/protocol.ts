/**
 * The messages between a page (the web page or the task pane) and the compute worker.
 * Page: xlsx bytes → `opened` (summary, parameters); then `scoreBook` → the scored workbook's
 * bytes and the JSON text. Pane: grids read inside Excel.run → `scoreGrids` → output tables,
 * written back by the pane with Excel.run. Every request gets `progress` messages, then exactly
 * one `done` or `failed` with its id.
 */
import type { ComputePhase } from "../hosts/office/workbook-host";
import type { RankingHighlight, UnitHints } from "../taskpane/result-highlights";
import type { ExistingSheet, SheetGrids, WorkbookSummary } from "../workbook/compute-types";
import type { OutputTable } from "../workbook/output-table";
import type { Problem } from "../workbook/problem";

export interface Progress {
  phase: ComputePhase;
  done: number;
  total: number;
}

/** What the pane and the page show of a compute: problems, or the ranking's highlights. */
export interface ScoreView {
  /** True when nothing stops the writing (no error). */
  ok: boolean;
  problems: Problem[];
  highlights: RankingHighlight[];
  /** 达标差距 of the lowest-ranked units per group (months only). */
  lowestHints: UnitHints[];
  /** Output sheets to write, in order (empty when not ok). */
  sheets: string[];
}

export interface OpenedBook {
  summary: WorkbookSummary;
  /** Parameter name → text of its 值 cell in the workbook's `参数` sheet. */
  params: Record<string, string>;
}

export interface ScoreBookRequest {
  period: string;
  /** Parameters that override the workbook's `参数` sheet for this compute (name → text; "" = default). */
  params: Record<string, string> | null;
  /** Time of computation (ms since epoch), written into 计算说明. */
  now: number;
  /** 同时写入各月结果表 (`--with-months`): passed to computeWorkbook where it knows the option. */
  withMonths?: boolean;
}

export interface ScoredBook {
  view: ScoreView;
  /** The .xlsx copy with the output sheets (null when not ok). */
  bytes: Uint8Array | null;
  /** The `--json` text, as the command line writes it (null when not ok). */
  json: string | null;
  /** The bulletin draft as Word (`--docx`); null until the bulletin's document is wired in, or when not ok. */
  docx: Uint8Array | null;
}

export interface ScoreGridsRequest {
  /** The grids; `{}` with `staged` when they were sent beforehand with `stageRows`. */
  grids: SheetGrids;
  staged?: boolean;
  period: string;
  existing: ExistingSheet[];
  now: number;
  withMonths?: boolean;
}

export interface ScoredGrids {
  view: ScoreView;
  tables: OutputTable[];
}

/**
 * Rows of a sheet sent ahead of `scoreGrids`, a block at a time, so that no single message takes
 * the pane's thread long to copy (`append`: after the rows already staged for that sheet).
 */
export interface StageRowsRequest {
  sheet: string;
  rows: unknown[][];
  append: boolean;
}

/** The jobs, by kind: what goes in and what comes out. */
export interface Jobs {
  stageRows: { input: StageRowsRequest; output: null };
  open: { input: { bytes: Uint8Array }; output: OpenedBook };
  scoreBook: { input: ScoreBookRequest; output: ScoredBook };
  scoreGrids: { input: ScoreGridsRequest; output: ScoredGrids };
}
export type JobKind = keyof Jobs;

export type WorkerRequest = { [K in JobKind]: { id: number; kind: K; input: Jobs[K]["input"] } }[JobKind];

/** An error as it crosses the boundary: XlsxFileError keeps its kind (and its Chinese message). */
export interface WireError {
  name: string;
  message: string;
  kind?: string;
}

/**
 * Progress while a job runs; the output tables one `table` message each (each is copied apart,
 * in its own task on the receiving side), then `done` with the rest of the output, or `failed`.
 */
export type WorkerReply =
  | { id: number; type: "progress"; progress: Progress }
  | { id: number; type: "table"; table: OutputTable }
  | { id: number; type: "done"; output: Jobs[JobKind]["output"] }
  | { id: number; type: "failed"; error: WireError };
