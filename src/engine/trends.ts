import type Decimal from "decimal.js";
import { previousMonth, previousPeriod } from "./period";
import { subjectHints, type RateHint } from "./rate-hints";
import { scorePeriod } from "./score-period";
import type { Month, MonthResult, PeriodResult, PeriodScore, ScoringInput, StatsRow, SubjectKind } from "./types";

/** 上期得分 and 上期名次 of a region, body or unit (RUBRIC §9); `rank` null where it was unranked. */
export interface PreviousScore {
  score: Decimal;
  rank: number | null;
}

/**
 * The trend of one region, body or unit: `previous` is null when it has no score in the previous
 * period (or that period has no data); `rankChange` = 上期名次 − 本期名次 (positive = moved up), null
 * unless both ranks exist.
 */
export interface Trend {
  previous: PreviousScore | null;
  rankChange: number | null;
}

/** A blank trend: no previous score, no rank change. */
export const NO_TREND: Trend = Object.freeze({ previous: null, rankChange: null });

export type TrendKind = SubjectKind | "region";

/** One period compared with the one before: trends by kind, then name (entries of the period only). */
export interface PeriodComparison {
  /** The period compared (`2026-03`, `2026Q1`, `2026`). */
  label: string;
  /** The period before it (`2026-02`, `2025Q4`, `2025`). */
  previousLabel: string;
  /** False when no month of the previous period has data: every trend is then blank. */
  hasPrevious: boolean;
  trends: Record<TrendKind, ReadonlyMap<string, Trend>>;
}

/** A month compared with the month before, with the 达标差距 of its bodies and units by name. */
export interface MonthTrends extends PeriodComparison {
  hints: ReadonlyMap<string, readonly RateHint[]>;
}

/**
 * Everything RUBRIC §9 adds to a computed period: the period itself against the previous period of the
 * same kind (for a month period, the same as `months.get(label)`), and every month with data against
 * the month before (the monthly sheets of a quarter or year carry those).
 */
export interface PeriodTrends extends PeriodComparison {
  months: ReadonlyMap<Month, MonthTrends>;
}

/**
 * The trend of a region, body or unit in a comparison; blank when it is not there.
 * @example trendOf(result.trends!, "region", "长春市").rankChange // 2
 */
export function trendOf(comparison: PeriodComparison, kind: TrendKind, name: string): Trend {
  return comparison.trends[kind].get(name) ?? NO_TREND;
}

/** The 达标差距 of a body or unit in a month of the trends (empty when none). */
export function hintsOf(trends: PeriodTrends, month: Month, name: string): readonly RateHint[] {
  return trends.months.get(month)?.hints.get(name) ?? [];
}

/**
 * 名次变化 as shown: `↑2` (moved up 2), `↓1`, `—` for no change; null where there is none (blank cell).
 * @example rankChangeText(2) // "↑2"
 * @example rankChangeText(-1) // "↓1"
 * @example rankChangeText(0) // "—"
 */
export function rankChangeText(change: number | null): string | null {
  if (change === null) return null;
  if (change === 0) return "—";
  return change > 0 ? `↑${change}` : `↓${-change}`;
}

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

/** The statistics rows of one month by subject (a repeated row: the last one counts, as in scoring). */
function statsOfMonth(input: ScoringInput, month: Month): Map<string, StatsRow<string>> {
  const rows = new Map<string, StatsRow<string>>();
  for (const r of input.bodyStats) if (r.month === month) rows.set(r.subject, r);
  for (const r of input.unitStats) if (r.month === month) rows.set(r.subject, r);
  return rows;
}

/** 达标差距 of every scored body and unit of the month (those without statistics have none). */
function monthHints(input: ScoringInput, month: MonthResult): Map<string, readonly RateHint[]> {
  const stats = statsOfMonth(input, month.month);
  const hints = new Map<string, readonly RateHint[]>();
  for (const s of [...month.bodies, ...month.units]) {
    const row = stats.get(s.subject.name);
    hints.set(s.subject.name, row ? subjectHints(s.subject.kind, row.counts, input.params) : []);
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
 * rules and parameters), then compares the period and each of its months with the one before, and finds
 * the 达标差距 of every body and unit of each month. Changes no score.
 * Pure; costs about one more scorePeriod (the previous period), whose months also give the month before
 * the period's first month.
 * @example periodTrends(input, scorePeriod(input, parsePeriod("2026-01")!)).previousLabel // "2025-12"
 */
export function periodTrends(input: ScoringInput, result: PeriodResult): PeriodTrends {
  const previous = scorePeriod(input, previousPeriod(result.period));
  const byMonth = new Map<Month, MonthResult>([...previous.months, ...result.months].map((m) => [m.month, m]));
  const months = new Map<Month, MonthTrends>();
  for (const m of result.months) {
    const comparison = monthComparison(m, byMonth.get(previousMonth(m.month)) ?? null);
    months.set(m.month, { ...comparison, hints: monthHints(input, m) });
  }
  const own: PeriodComparison =
    result.period.kind === "month"
      ? (months.get(result.period.label) ?? monthComparison({ month: result.period.label, bodies: [], units: [], regions: [], bulletin: [] }, null))
      : periodComparison(result, previous);
  const { label, previousLabel, hasPrevious, trends } = own;
  return { label, previousLabel, hasPrevious, trends, months };
}

/**
 * The result with its trends attached (`result.trends`), as every host receives it from computeWorkbook.
 */
export function withTrends(input: ScoringInput, result: PeriodResult): PeriodResult {
  return { ...result, trends: periodTrends(input, result) };
}
