import type Decimal from "decimal.js";
import { previousMonth, previousPeriod } from "./period";
import { scoredHints } from "./rate-hints";
import { rateMemo, type RateMemo } from "./score-rate";
import { scorePeriod } from "./score-period";
import { NO_TREND, type MonthTrends, type PeriodComparison, type PeriodTrends, type RateHint, type Trend } from "./trend-text";
import type { Month, MonthResult, PeriodResult, PeriodScore, ScoringInput, StatsRow } from "./types";

export * from "./trend-text";

/** 上期名次 − 本期名次 when both exist. */
function rankChange(previous: number | null, current: number | null): number | null {
  return previous === null || current === null ? null : previous - current;
}

/** A trend from the previous score and rank (score null = none) and the current rank. */
function trend(previous: { score: Decimal | null; rank: number | null } | undefined, currentRank: number | null): Trend {
  if (previous === undefined || previous.score === null) return NO_TREND;
  return { previous: { score: previous.score, rank: previous.rank }, rankChange: rankChange(previous.rank, currentRank) };
}

function trendsOf<T>(
  current: readonly T[], previous: readonly T[] | null, key: (t: T) => string,
  value: (t: T) => { score: Decimal | null; rank: number | null },
): ReadonlyMap<string, Trend> {
  const out = new Map<string, Trend>();
  if (previous === null) return out;
  const before = new Map(previous.map((p) => [key(p), value(p)]));
  for (const c of current) out.set(key(c), trend(before.get(key(c)), value(c).rank));
  return out;
}

/**
 * Trends of one month's bodies, units and regions against the month before (null = no data then).
 * A body is never ranked; a unit scored without participating has its score and no rank; a region's
 * score is its composite.
 */
function monthComparison(month: MonthResult, before: MonthResult | null): PeriodComparison {
  const subject = (s: MonthResult["units"][number]) => ({ score: s.final, rank: s.rank });
  return {
    label: month.month,
    previousLabel: previousMonth(month.month),
    hasPrevious: before !== null,
    trends: {
      body: trendsOf(month.bodies, before?.bodies ?? null, (s) => s.subject.name, subject),
      unit: trendsOf(month.units, before?.units ?? null, (s) => s.subject.name, subject),
      region: trendsOf(month.regions, before?.regions ?? null, (r) => r.region.name, (r) => ({ score: r.composite, rank: r.rank })),
    },
  };
}

export interface TrendOptions {
  /**
   * Compare each month of a quarter or year with the month before and find its 达标差距 (default true).
   * Only the months' own sheets and JSON show them (~140,000 hint searches for a province year), so
   * computeWorkbook asks for them only with 同时写入各月结果表 / --with-months; `months` is null otherwise.
   * A month period always has its month.
   */
  months?: boolean;
}

const NO_HINTS: readonly RateHint[] = Object.freeze([]);

/** The statistics rows of the given months by month, then subject (a repeated row: the last one counts, as in scoring). */
function statsByMonth(input: ScoringInput, months: ReadonlySet<Month>): Map<Month, Map<string, StatsRow<string>>> {
  const out = new Map<Month, Map<string, StatsRow<string>>>();
  for (const list of [input.bodyStats, input.unitStats] as readonly (readonly StatsRow<string>[])[]) {
    for (const r of list) {
      if (!months.has(r.month)) continue;
      let rows = out.get(r.month);
      if (!rows) out.set(r.month, (rows = new Map()));
      rows.set(r.subject, r);
    }
  }
  return out;
}

/** 达标差距 of every scored body and unit of the month (those without statistics have none). */
function monthHints(input: ScoringInput, month: MonthResult, stats: ReadonlyMap<string, StatsRow<string>>, memo: RateMemo): Map<string, readonly RateHint[]> {
  const hints = new Map<string, readonly RateHint[]>();
  for (const list of [month.bodies, month.units]) {
    for (const s of list) {
      const row = stats.get(s.subject.name);
      hints.set(s.subject.name, row ? scoredHints(s.items, row.counts, input.params, memo) : NO_HINTS);
    }
  }
  return hints;
}

function periodComparison(result: PeriodResult, previous: PeriodResult): PeriodComparison {
  const hasPrevious = previous.months.length > 0;
  const of = (current: readonly PeriodScore[], before: readonly PeriodScore[]) =>
    trendsOf(current, hasPrevious ? before : null, (p) => p.name, (p) => ({ score: p.score, rank: p.rank }));
  return {
    label: result.period.label,
    previousLabel: previous.period.label,
    hasPrevious,
    trends: { body: of(result.bodies, previous.bodies), unit: of(result.units, previous.units), region: of(result.regions, previous.regions) },
  };
}

/**
 * RUBRIC §9 for a scored period: scores the previous period of the same kind from the same input (same
 * rules and parameters), then compares the period and (unless `months: false`) each of its months with
 * the one before, and finds the 达标差距 of every body and unit of each month. Changes no score.
 * Pure; costs about one more scorePeriod (the previous period), whose months also give the month before
 * the period's first month.
 * @example periodTrends(input, scorePeriod(input, parsePeriod("2026-01")!)).previousLabel // "2025-12"
 */
export function periodTrends(input: ScoringInput, result: PeriodResult, options: TrendOptions = {}): PeriodTrends {
  const withMonths = result.period.kind === "month" || (options.months ?? true);
  const previous = scorePeriod(input, previousPeriod(result.period));
  const months = withMonths ? monthsTrends(input, result, previous) : null;
  const own: PeriodComparison =
    result.period.kind === "month"
      ? (months?.get(result.period.label) ?? monthComparison({ month: result.period.label, bodies: [], units: [], regions: [], bulletin: [] }, null))
      : periodComparison(result, previous);
  const { label, previousLabel, hasPrevious, trends } = own;
  return { label, previousLabel, hasPrevious, trends, months };
}

/** Each month of the result against the month before (the previous period's months give the first one's), with its 达标差距. */
function monthsTrends(input: ScoringInput, result: PeriodResult, previous: PeriodResult): Map<Month, MonthTrends> {
  const byMonth = new Map<Month, MonthResult>([...previous.months, ...result.months].map((m) => [m.month, m]));
  const months = new Map<Month, MonthTrends>();
  const stats = statsByMonth(input, new Set(result.months.map((m) => m.month)));
  const memo = rateMemo();
  for (const m of result.months) {
    const comparison = monthComparison(m, byMonth.get(previousMonth(m.month)) ?? null);
    months.set(m.month, { ...comparison, hints: monthHints(input, m, stats.get(m.month) ?? new Map(), memo) });
  }
  return months;
}

/**
 * The result with its trends attached (`result.trends`), as every host receives it from computeWorkbook.
 */
export function withTrends(input: ScoringInput, result: PeriodResult, options: TrendOptions = {}): PeriodResult {
  return { ...result, trends: periodTrends(input, result, options) };
}
