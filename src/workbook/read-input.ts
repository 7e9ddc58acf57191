/**
 * The workbook contract's entry point: input sheet grids → ScoringInput plus every problem of
 * the whole workbook, found in one pass (WORKBOOK.md "Input sheets", "Problems").
 */
import type { Month, ScoringInput } from "../engine/types";
import { cellText, isBlankRow, parseMonthCell } from "./cells";
import type { SheetGrids, WorkbookSummary } from "./compute-types";
import { asGrid, headerTexts, locateColumns, type SheetTable } from "./headers";
import { MSG } from "./messages";
import { problemLog, type ProblemLog } from "./parse-context";
import { parseLedger } from "./parse-ledger";
import { parseParams } from "./parse-params";
import { parseRegions } from "./parse-regions";
import { BODY_STATS_SHEET, parseStats, UNIT_STATS_SHEET } from "./parse-stats";
import { parseSubjects } from "./parse-subjects";
import type { Problem } from "./problem";
import { matchSheetNames, withRealSheetNames } from "./sheet-names";
import { INPUT_SHEETS, SHEET } from "./sheets";

export interface ReadInputOptions {
  /** Months covered by the ticket export (工单明细): there a blank count in a statistics row is allowed
   *  and becomes null (it will be derived from tickets later); elsewhere a blank count is an error. */
  coveredMonths?: ReadonlySet<Month>;
}

export interface ReadInputResult {
  /** Always returned (best effort: rows with errors left out), even when problems contain errors. */
  input: ScoringInput;
  /** Every problem of the whole workbook, sorted by sheet order, then row, then column. */
  problems: Problem[];
  /** Non-blank data rows per input sheet found (for 计算说明). */
  rowCounts: Record<string, number>;
  /** Sorted months present in 受理统计, 办理统计, 台账. */
  months: Month[];
  /** Column index of each contract header per sheet found (header text → 0-based col). */
  columns: Record<string, Record<string, number>>;
}

const hasSheet = (sheets: SheetGrids, name: string) =>
  sheets != null && Object.prototype.hasOwnProperty.call(sheets, name);

/** Header rows of every input sheet present; missing sheets reported (required: error, 台账: warning). */
function openSheets(sheets: SheetGrids, log: ProblemLog): Map<string, SheetTable> {
  const tables = new Map<string, SheetTable>();
  for (const spec of INPUT_SHEETS) {
    if (hasSheet(sheets, spec.name)) {
      tables.set(spec.name, locateColumns(spec.name, asGrid(sheets[spec.name]), spec, log));
    } else if (spec.required) {
      log.error(spec.name, 0, 0, MSG.missingSheet(spec.name, spec.columns.map((c) => c.header)));
    } else if (spec.name === SHEET.ledger) {
      log.warning(spec.name, 0, 0, MSG.missingLedgerSheet());
    }
  }
  return tables;
}

/**
 * A missing 受理统计 or 办理统计 sheet is an error naming it, unless 工单明细 supplies those
 * statistics for every month that has rows (WORKBOOK.md "More rules").
 */
function reportMissingStatsSheet(name: string, monthsWithRows: ReadonlySet<Month>, covered: ReadonlySet<Month>, log: ProblemLog): void {
  const uncovered = [...monthsWithRows].filter((m) => !covered.has(m)).sort();
  if (covered.size > 0 && uncovered.length === 0) return;
  const headers = INPUT_SHEETS.find((s) => s.name === name)!.columns.map((c) => c.header);
  log.error(name, 0, 0, MSG.missingStatsSheet(name, headers, covered.size > 0 ? uncovered : []));
}

/**
 * 台账 rows in a month that has no statistics row at all (no 受理统计 or 办理统计 row, and no
 * 工单明细 rows): one warning per such month at its first row's 月份 cell (e.g. a 2099-12 typo).
 */
function warnLedgerMonthsWithoutStats(
  ledger: SheetTable | null,
  rowsOfMonth: ReadonlyMap<Month, { row: number; count: number }>,
  statsMonths: ReadonlySet<Month>,
  withTickets: boolean,
  log: ProblemLog,
): void {
  if (!ledger) return;
  const sources = `受理统计、办理统计${withTickets ? "、工单明细" : ""}`;
  for (const [month, { row, count }] of rowsOfMonth) {
    if (statsMonths.has(month)) continue;
    log.warning(SHEET.ledger, row, ledger.columns["月份"], MSG.ledgerMonthWithoutStats(month, count, sources));
  }
}

const SHEET_ORDER = new Map(INPUT_SHEETS.map((s, i) => [s.name, i]));

/** Problems in sheet order (input sheets first, in contract order), then row, then column. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const order = (p: Problem) => SHEET_ORDER.get(p.sheet) ?? INPUT_SHEETS.length;
  return [...problems].sort((a, b) => order(a) - order(b) || a.row - b.row || a.col - b.col);
}

/**
 * Reads and validates every input sheet. Never throws: bad input becomes problems, and the
 * input is returned best effort (rows with errors left out) so callers can still look at it.
 * @example readInput({ 地区: [["地区"], ["长春市"]], 单位: [["单位", "类型"]] }).input.regions[0].name // "长春市"
 */
export function readInput(grids: SheetGrids, options: ReadInputOptions = {}): ReadInputResult {
  const matched = matchSheetNames(grids);
  const sheets = matched.sheets;
  const log = problemLog();
  log.problems.push(...matched.problems);
  const tables = openSheets(sheets, log);
  const table = (name: string) => tables.get(name) ?? null;

  const regions = parseRegions(table(SHEET.regions), log);
  const subjects = parseSubjects(table(SHEET.subjects), regions.names, log);
  const ctx = { kinds: subjects.kinds, coveredMonths: options.coveredMonths ?? new Set<Month>() };
  const bodyStats = parseStats(table(SHEET.bodyStats), BODY_STATS_SHEET, ctx, log);
  const unitStats = parseStats(table(SHEET.unitStats), UNIT_STATS_SHEET, ctx, log);
  const ledger = parseLedger(table(SHEET.ledger), subjects.kinds, log);
  const params = parseParams(table(SHEET.params), log);
  const statsMonths = new Set([...bodyStats.months, ...unitStats.months, ...ctx.coveredMonths]);
  const monthsWithRows = new Set([...statsMonths, ...ledger.months]);
  for (const name of [SHEET.bodyStats, SHEET.unitStats]) {
    if (!tables.has(name)) reportMissingStatsSheet(name, monthsWithRows, ctx.coveredMonths, log);
  }
  if (tables.has(SHEET.bodyStats) || tables.has(SHEET.unitStats) || ctx.coveredMonths.size > 0) {
    warnLedgerMonthsWithoutStats(table(SHEET.ledger), ledger.rowsOfMonth, statsMonths, ctx.coveredMonths.size > 0, log);
  }

  const rowCounts: Record<string, number> = {};
  const columns: Record<string, Record<string, number>> = {};
  for (const [name, t] of tables) {
    rowCounts[name] = t.dataRows.length;
    columns[name] = { ...t.columns };
  }
  const months = [...new Set([...bodyStats.months, ...unitStats.months, ...ledger.months])].sort();

  return {
    input: {
      regions: regions.regions,
      subjects: subjects.subjects,
      bodyStats: bodyStats.rows,
      unitStats: unitStats.rows,
      ledger: ledger.entries,
      params,
    },
    problems: withRealSheetNames(sortProblems(log.problems), matched.realName),
    rowCounts,
    months,
    columns,
  };
}

/** Cells under `header` in the data rows of a grid (none when the header is absent). */
function columnCells(grid: readonly unknown[][], header: string): unknown[] {
  const col = headerTexts(grid).indexOf(header);
  if (col < 0) return [];
  return grid.slice(1).filter((row) => !isBlankRow(row)).map((row) => row[col]);
}

/**
 * What the task pane shows before computing, without validating: the contract sheets found and
 * missing, how many regions, bodies and units are named, and the months present.
 */
export function summarizeWorkbook(grids: SheetGrids): WorkbookSummary {
  const sheets = matchSheetNames(grids).sheets;
  const grid = (name: string) => (hasSheet(sheets, name) ? asGrid(sheets[name]) : []);
  const distinct = (values: unknown[]) => new Set(values.map(cellText).filter((t) => t !== "")).size;

  const subjectGrid = grid(SHEET.subjects);
  const names = columnCells(subjectGrid, "单位");
  const types = columnCells(subjectGrid, "类型").map(cellText);
  const ofType = (type: string) => distinct(names.filter((_, i) => types[i] === type));

  const months = new Set<Month>();
  for (const name of [SHEET.bodyStats, SHEET.unitStats, SHEET.ledger]) {
    for (const value of columnCells(grid(name), "月份")) {
      const month = parseMonthCell(value);
      if (month.ok) months.add(month.value);
    }
  }
  return {
    sheetsFound: INPUT_SHEETS.filter((s) => hasSheet(sheets, s.name)).map((s) => s.name),
    sheetsMissing: INPUT_SHEETS.filter((s) => !hasSheet(sheets, s.name)).map((s) => s.name),
    regionCount: distinct(columnCells(grid(SHEET.regions), "地区")),
    bodyCount: ofType("管理机构"),
    unitCount: ofType("承办单位"),
    months: [...months].sort(),
  };
}
