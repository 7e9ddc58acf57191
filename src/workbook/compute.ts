/**
 * The one pipeline every host calls: grids → problems → scores → output tables and JSON.
 * Pure: hosts read the sheets before and write the tables after.
 */
import { parsePeriod } from "../engine/period";
import { scorePeriod } from "../engine/score-period";
import { withTrends } from "../engine/trends";
import type { ComputeOptions, ComputeOutcome, SheetGrids } from "./compute-types";
import { bulletinDraft, type BulletinDraft } from "./bulletin-draft/bulletin-draft";
import { COMPUTE_MSG } from "./compute-messages";
import { isToolSheetTitle, type OutputTable } from "./output-table";
import { hasErrors, type Problem } from "./problem";
import { readInput } from "./read-input";
import { renderTables, writesMonthSheets } from "./render";
import { resultJson } from "./result-json";
import { matchSheetNames, withRealSheetNames } from "./sheet-names";
import { SHEET } from "./sheets";
import { visible } from "./visible-text";
import { deriveStatistics } from "./tickets/derive-statistics";
import { mergeTicketStatistics } from "./tickets/merge-ticket-statistics";
import { parseTickets } from "./tickets/parse-tickets";
import { renderTicketStatsTable } from "./tickets/render-ticket-stats";
import type { PeriodResult } from "../engine/types";
import type { ReadInputResult } from "./read-input";
import type { DerivedStats } from "./tickets/ticket-types";

/** Problems with invisible characters in quoted names made visible (`\u200B`); readInput's already are. */
function visibleNames(problems: readonly Problem[]): Problem[] {
  return problems.map((p) => ({ ...p, message: visible(p.message) }));
}

/**
 * Reads the input sheets and, where 工单明细 covers a month, derives the statistics from the tickets
 * (parseTickets → readInput → deriveStatistics → mergeTicketStatistics); every problem of all four steps.
 */
function readWithTickets(sheets: SheetGrids): { read: ReadInputResult; derived: DerivedStats | null; problems: Problem[] } {
  const tickets = parseTickets(sheets);
  const read = readInput(sheets, { coveredMonths: new Set(tickets.coveredMonths) });
  if (!tickets.present) return { read, derived: null, problems: [...read.problems, ...visibleNames(tickets.problems)] };
  const derived = deriveStatistics(tickets, read.input.subjects);
  const merged = mergeTicketStatistics(read, derived, sheets);
  const rowCounts: Record<string, number> = { ...read.rowCounts, [SHEET.tickets]: tickets.rows.length };
  if (tickets.calendarOverrides.length > 0) rowCounts[SHEET.holidays] = tickets.calendarOverrides.length;
  return {
    read: { ...read, input: merged.input, rowCounts },
    derived,
    problems: [...read.problems, ...visibleNames([...tickets.problems, ...derived.problems, ...merged.problems])],
  };
}

/** The output sheets; a month's derived-statistics sheet goes with the month's own sheets. */
function outputTables(
  result: PeriodResult,
  read: ReadInputResult,
  derived: DerivedStats | null,
  problems: Problem[],
  draft: BulletinDraft,
  options: ComputeOptions,
): OutputTable[] {
  const { period } = result;
  const withMonths = writesMonthSheets(period.kind, options.withMonths);
  const ticketTables = derived && withMonths
    ? period.months.filter((m) => derived.coveredMonths.includes(m)).map((m) => renderTicketStatsTable(m, derived))
    : [];
  const rendered = renderTables({
    result, problems, params: read.input.params, rowCounts: read.rowCounts, now: options.now, withMonths: options.withMonths, draft,
  });
  // The derived-statistics sheets go just before 计算说明, which stays last.
  return [...rendered.slice(0, -1), ...ticketTables, ...rendered.slice(-1)];
}

/** A sheet to write whose name is taken by a sheet the tool did not write: an error, never an overwrite. */
function sheetConflicts(tables: readonly OutputTable[], options: ComputeOptions): Problem[] {
  const existing = new Map(options.existingSheets.map((s) => [s.name, s.a1]));
  return tables
    .filter((t) => existing.has(t.name) && !isToolSheetTitle(existing.get(t.name)))
    .map((t) => ({ severity: "error" as const, sheet: t.name, row: 0, col: 0, message: COMPUTE_MSG.userSheetInTheWay(t.name) }));
}

/**
 * Validates the workbook, scores the period and renders the output sheets.
 * `ok` is false (and nothing is to be written) when any problem is an error.
 * @throws RangeError when `periodText` is not a month, quarter or year (hosts check it first with parsePeriod).
 */
export function computeWorkbook(grids: SheetGrids, periodText: string, options: ComputeOptions): ComputeOutcome {
  const period = parsePeriod(periodText);
  if (!period) throw new RangeError(`invalid period: ${periodText}`);
  const matched = matchSheetNames(grids);
  const { read, derived, problems: found } = readWithTickets(matched.sheets);
  const problems = [...matched.problems, ...found];
  const failed = (): ComputeOutcome => ({
    ok: false,
    problems: withRealSheetNames(problems, matched.realName),
    result: null,
    tables: [],
    json: null,
    draft: null,
  });
  if (hasErrors(problems)) return failed();

  const scored = scorePeriod(read.input, period);
  if (scored.months.length === 0) {
    problems.push({ severity: "error", sheet: SHEET.bodyStats, row: 0, col: 0, message: COMPUTE_MSG.periodWithoutData(period.label, read.months) });
    return failed();
  }
  // The months' sheets and JSON (with their 达标差距) only where asked for: a month, or --with-months.
  const withMonths = writesMonthSheets(period.kind, options.withMonths);
  const result = withTrends(read.input, scored, { months: withMonths });
  const draft = bulletinDraft(read.input, result);
  const shown = withRealSheetNames(problems, matched.realName);
  const tables = options.tables === false ? [] : outputTables(result, read, derived, shown, draft, options);
  const conflicts = sheetConflicts(tables, options);
  if (conflicts.length > 0) {
    problems.push(...conflicts);
    return failed();
  }
  return { ok: true, problems: shown, result, tables, json: options.json === false ? null : resultJson(result, shown, { withMonths }), draft };
}
