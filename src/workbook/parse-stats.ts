/**
 * `受理统计` and `办理统计` → statistics rows: one row per subject and month, every count a whole
 * number ≥ 0 (blank only in months the ticket export covers), numerators within their denominators.
 */
import { BODY_COUNT_FIELDS, UNIT_COUNT_FIELDS } from "../engine/types";
import type { Month, StatsRow, SubjectKind } from "../engine/types";
import { BODY_COUNT_LIMITS, checkCountsAt, limitsAt, UNIT_COUNT_LIMITS, type CountLimit } from "./check-count-limits";
import { checkSubjectRef } from "./check-subject-ref";
import { monthParser } from "./cell-cache";
import { describeCell, isBlank, isTooLargeWhole, wholeNumberAtLeast, type CellResult } from "./cells";
import type { SheetTable } from "./headers";
import { MSG } from "./messages";
import { column, rowCursor, type Column, type ProblemLog, type RowReader } from "./parse-context";
import { SHEET } from "./sheets";
import { bodyCounts, unitCounts } from "./stats-counts";

/** What differs between the two statistics sheets. */
export interface StatsSheetSpec<F extends string> {
  sheet: string;
  kind: SubjectKind;
  fields: readonly F[];
  limits: readonly CountLimit<F>[];
  /** The counts object of a row from its counts in `fields` order. */
  counts: (values: readonly (number | null)[]) => Record<F, number | null>;
}

export const BODY_STATS_SHEET = {
  sheet: SHEET.bodyStats,
  kind: "body",
  fields: BODY_COUNT_FIELDS,
  limits: BODY_COUNT_LIMITS,
  counts: bodyCounts,
} as const satisfies StatsSheetSpec<string>;

export const UNIT_STATS_SHEET = {
  sheet: SHEET.unitStats,
  kind: "unit",
  fields: UNIT_COUNT_FIELDS,
  limits: UNIT_COUNT_LIMITS,
  counts: unitCounts,
} as const satisfies StatsSheetSpec<string>;

export interface StatsContext {
  /** Declared subject kinds, or null when `单位` could not be read. */
  kinds: ReadonlyMap<string, SubjectKind | null> | null;
  /** Months of the ticket export: a blank count there becomes null. */
  coveredMonths: ReadonlySet<Month>;
}

export interface ParsedStats<F extends string> {
  rows: StatsRow<F>[];
  /** Months of every row whose 月份 could be read (errors elsewhere in the row or not). */
  months: Set<Month>;
}

/**
 * Reads the 月份 cell of a row, reporting a blank or unreadable one; null when not readable.
 * Shared by the statistics and ledger sheets; `parseMonth` is parseMonthCell or a cached copy of it.
 */
export function readMonth(reader: RowReader, column: Column, parseMonth: (value: unknown) => CellResult<Month>): Month | null {
  const value = reader.value(column);
  if (isBlank(value)) {
    reader.error(column, MSG.monthBlank());
    return null;
  }
  const month = parseMonth(value);
  if (!month.ok) {
    reader.error(column, typeof value === "number" ? MSG.bareNumberMonth(describeCell(value)) : MSG.badMonth(describeCell(value)));
    return null;
  }
  return month.value;
}

function readCount(reader: RowReader, field: string, column: Column, month: Month | null, covered: ReadonlySet<Month>): number | null {
  const value = reader.value(column);
  if (isBlank(value)) {
    if (month === null || !covered.has(month)) reader.error(column, MSG.countBlank(field));
    return null;
  }
  const n = wholeNumberAtLeast(value, 0);
  if (n !== null) return n;
  reader.error(column, isTooLargeWhole(value) ? MSG.countTooLarge(field, describeCell(value)) : MSG.badCount(field, describeCell(value)));
  return null;
}

/**
 * The first row of each (month, subject) of a sheet, so a repeated statistics row names it. Subjects are
 * numbered as first met and each month keeps an array by number: a province year has ~40,000 rows, and
 * a map of names per month was a tenth of the whole computation.
 */
class FirstRows {
  private readonly ids = new Map<string, number>();
  private readonly months = new Map<Month, number[]>();

  /** The row where (month, name) was met before, or undefined (and `row` is remembered as its first). */
  earlier(month: Month, name: string, row: number): number | undefined {
    let id = this.ids.get(name);
    if (id === undefined) this.ids.set(name, (id = this.ids.size));
    let rows = this.months.get(month);
    if (rows === undefined) this.months.set(month, (rows = []));
    const first = rows[id];
    if (first === undefined) rows[id] = row;
    return first;
  }
}

/** Reads one statistics sheet (null when absent), reporting into `log`. */
export function parseStats<F extends string>(
  table: SheetTable | null,
  spec: StatsSheetSpec<F>,
  ctx: StatsContext,
  log: ProblemLog,
): ParsedStats<F> {
  const rows: StatsRow<F>[] = [];
  const months = new Set<Month>();
  if (!table || !table.complete) return { rows, months };
  const monthCol = column(table, "月份");
  const subjectCol = column(table, "单位");
  const fieldCols = spec.fields.map((field) => column(table, field));
  const limits = limitsAt(spec.limits, spec.fields);
  const values: (number | null)[] = spec.fields.map(() => null);
  const parseMonth = monthParser();
  const firstRows = new FirstRows();

  const cursor = rowCursor(table, log);
  for (const r of table.dataRows) {
    const reader = cursor.at(r);
    const month = readMonth(reader, monthCol, parseMonth);
    if (month !== null) months.add(month);
    const name = reader.text(subjectCol);
    checkSubjectRef(reader, subjectCol, name, spec.sheet, ctx.kinds, spec.kind);
    if (month !== null && name !== "") {
      const first = firstRows.earlier(month, name, reader.source.row);
      if (first !== undefined) reader.error(subjectCol, MSG.duplicateStatsRow(name, month, first));
    }

    for (let i = 0; i < fieldCols.length; i++) {
      values[i] = readCount(reader, spec.fields[i], fieldCols[i], month, ctx.coveredMonths);
    }
    // An unreadable count is null here, so its limits are skipped rather than reported twice.
    const breaches = checkCountsAt(values, limits);
    for (let b = 0; b < breaches.length; b++) reader.error(fieldCols[spec.fields.indexOf(breaches[b].field)], breaches[b].message);
    if (!reader.failed && month !== null) rows.push({ month, subject: name, counts: spec.counts(values), source: reader.source });
  }
  return { rows, months };
}
