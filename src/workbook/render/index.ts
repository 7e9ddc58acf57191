import type { MonthResult, Params, PeriodResult } from "../../engine/types";
import type { OutputTable } from "../output-table";
import type { Problem } from "../problem";
import { bulletinSheet } from "./bulletin-sheet";
import { notesSheet } from "./notes-sheet";
import { rankingSheet } from "./ranking-sheet";
import { regionSheet } from "./region-sheet";
import { scoreSheet } from "./score-sheet";

export { isExcelSheetName, NOTES_SHEET, monthSheetName, rankingSheetName } from "./sheet-names";
export { subjectNote, rejectedLedgerText } from "./subject-note";

/** Everything the output sheets are built from. */
export interface RenderInput {
  result: PeriodResult;
  problems: Problem[];
  params: Params;
  /** Data rows per input sheet name (header excluded). */
  rowCounts: Record<string, number>;
  /** Time of computation, written into 计算说明. */
  now: Date;
  /** Quarter/year: also the four sheets of each month with data (同时写入各月结果表); default false. */
  withMonths?: boolean;
}

/** The monthly results to show: those with data in month order; a month period always shows its month. */
export function monthsToShow(result: PeriodResult): MonthResult[] {
  const months = [...result.months].sort((a, b) => a.month.localeCompare(b.month));
  if (result.period.kind === "month" && months.length === 0) {
    const month = result.period.label;
    return [{ month, bodies: [], units: [], regions: [], bulletin: [] }];
  }
  return months;
}

/** The four sheets of one month, in output order. */
export function monthTables(month: MonthResult): OutputTable[] {
  return [scoreSheet(month, "body"), scoreSheet(month, "unit"), regionSheet(month), bulletinSheet(month)];
}

/** Whether the months' own sheets are written: always for a month, for a quarter/year only when asked. */
export function writesMonthSheets(kind: PeriodResult["period"]["kind"], withMonths: boolean | undefined): boolean {
  return kind === "month" || withMonths === true;
}

/**
 * The output sheets of WORKBOOK.md for a computed period, in order: the quarter/year ranking sheet
 * (if any), the four sheets of each month with data (for a quarter/year only with `withMonths`), then 计算说明.
 * @example renderTables({ result, problems: [], params, rowCounts, now }).map((t) => t.name)
 * // ["2026-03 管理机构得分", "2026-03 承办单位得分", "2026-03 地区综合", "2026-03 月通报", "计算说明"]
 */
export function renderTables(input: RenderInput): OutputTable[] {
  const ranking = rankingSheet(input.result);
  return [
    ...(ranking ? [ranking] : []),
    ...(writesMonthSheets(input.result.period.kind, input.withMonths) ? monthsToShow(input.result).flatMap(monthTables) : []),
    notesSheet(input),
  ];
}
