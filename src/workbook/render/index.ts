import { monthTrendsOf, type MonthTrends } from "../../engine/trends";
import type { MonthResult, Params, PeriodResult } from "../../engine/types";
import type { BulletinDraft } from "../bulletin-draft/draft-types";
import type { OutputTable } from "../output-table";
import type { Problem } from "../problem";
import { bulletinSheet } from "./bulletin-sheet";
import { draftSheet } from "./draft-sheet";
import { notesSheet } from "./notes-sheet";
import { rankingSheet } from "./ranking-sheet";
import { regionSheet } from "./region-sheet";
import { scoreSheet } from "./score-sheet";

export { draftSheetName, isExcelSheetName, NOTES_SHEET, monthSheetName, rankingSheetName } from "./sheet-names";
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
  /** The bulletin draft of the period (`通报稿`), made by bulletinDraft. */
  draft: BulletinDraft;
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

/** The four sheets of one month, in output order; `trends` (the month against the month before) fills the §9 columns. */
export function monthTables(month: MonthResult, trends?: MonthTrends): OutputTable[] {
  return [scoreSheet(month, "body", trends), scoreSheet(month, "unit", trends), regionSheet(month, trends), bulletinSheet(month, trends)];
}

/** Whether the months' own sheets are written: always for a month, for a quarter/year only when asked. */
export function writesMonthSheets(kind: PeriodResult["period"]["kind"], withMonths: boolean | undefined): boolean {
  return kind === "month" || withMonths === true;
}

/**
/**
 * The output sheets of WORKBOOK.md for a computed period, in order: a quarter/year's ranking sheet and
 * 通报稿, then (only with `withMonths`) the four sheets of each month with data; a month's four sheets,
 * then its 通报稿; 计算说明 last.
 * @example renderTables({ result, problems: [], params, rowCounts, now, draft }).map((t) => t.name)
 * // ["2026-03 管理机构得分", "2026-03 承办单位得分", "2026-03 地区综合", "2026-03 月通报", "2026-03 通报稿", "计算说明"]
 */
export function renderTables(input: RenderInput): OutputTable[] {
  const { result } = input;
  const ranking = rankingSheet(result);
  const draft = draftSheet(input.draft);
  const months = writesMonthSheets(result.period.kind, input.withMonths)
    ? monthsToShow(result).flatMap((m) => monthTables(m, monthTrendsOf(result.trends, m.month)))
    : [];
  return [...(ranking ? [ranking, draft, ...months] : [...months, draft]), notesSheet(input)];
}
