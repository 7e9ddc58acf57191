/**
 * What the task pane asks of the workbook it sits in. The pane sees only this interface; the
 * Office implementation (`office-host.ts`) runs over office.js or the fake Excel.
 */
import type { RankingHighlight, UnitHints } from "../../taskpane/result-highlights";
import type { WorkbookSummary } from "../../workbook/compute-types";
import type { Problem } from "../../workbook/problem";
import type { SaveParamsResult } from "./params-sheet";
import type { TemplateReport } from "./template-sheets";

export type ComputePhase = "reading" | "checking" | "scoring" | "writing";

export interface ComputeProgress {
  phase: ComputePhase;
  /** Work done and total within the phase (rows read, blocks written); 0/1 where not counted. */
  done: number;
  total: number;
}

export interface WorkbookView {
  summary: WorkbookSummary;
  /** Parameter name → text of its 值 cell in the `参数` sheet. */
  params: Record<string, string>;
}

export interface ComputeReport {
  /** True when the results were written. */
  ok: boolean;
  /** Every problem found (errors stop the writing; warnings go to 计算说明). */
  problems: Problem[];
  /** The ranking's top and bottom per group (empty when not ok); computed in the worker. */
  highlights: RankingHighlight[];
  /** 达标差距 of the lowest-ranked units per group (months only; empty when not ok). */
  lowestHints: UnitHints[];
  /** Output sheets written, in order. */
  written: string[];
}

/** What the pane asks of a compute beyond the period. */
export interface ComputeRequest {
  /** Quarter/year: also write each month's sheets (default false). */
  withMonths?: boolean;
}

export interface WorkbookHost {
  /** Reads the input sheets: what they hold and the parameters. */
  inspect(): Promise<WorkbookView>;
  /**
   * Reads, checks, scores the period (`2026-03`, `2026Q1`, `2026`) and writes the output sheets; a quarter or
   * year writes its months' sheets too only with `withMonths` (同时写入各月结果表).
   */
  compute(period: string, onProgress?: (progress: ComputeProgress) => void, options?: ComputeRequest): Promise<ComputeReport>;
  /** Selects a cell (0-based row and column) on a sheet. */
  selectCell(sheet: string, row: number, col: number): Promise<void>;
  /** Activates a sheet, selecting its first data cell. */
  showSheet(name: string): Promise<void>;
  insertTemplate(): Promise<TemplateReport>;
  saveParams(values: Readonly<Record<string, string>>): Promise<SaveParamsResult>;
}
