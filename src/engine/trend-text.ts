/**
 * The RUBRIC §9 result types and the small helpers that read and display them. Kept apart from
 * trends.ts (which scores the previous period) so that views — the task pane's first screen, the
 * bulletin — can use them without loading the scorer.
 */
import type Decimal from "decimal.js";
import type { CountField } from "./rubric-items";
import type { Month, SubjectKind } from "./types";

/**
 * 达标差距 of one rate sub-item (RUBRIC §9): the smallest whole change of the numerator that would have
 * deducted nothing, same parameters and denominator. `change` > 0 raises the numerator (higher-is-better),
 * `change` < 0 lowers it (lower-is-better: U3b, U4).
 * @example { item: "U1", count: "及时签收工单量", change: 8 }
 */
export interface RateHint {
  item: string;
  count: CountField;
  change: number;
}

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
  /** Null for a quarter or year computed without its months (periodTrends `months: false`): read it with monthTrendsOf. */
  months: ReadonlyMap<Month, MonthTrends> | null;
}

/**
 * A month's comparison in the trends (undefined without trends or for a month without data).
 * @throws Error when the trends were computed without their months: showing them blank would be a silent error.
 */
export function monthTrendsOf(trends: PeriodTrends | undefined, month: Month): MonthTrends | undefined {
  if (trends === undefined) return undefined;
  if (trends.months === null) throw new Error(`the trends of ${trends.label} were computed without its months (periodTrends months: false)`);
  return trends.months.get(month);
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
  return monthTrendsOf(trends, month)?.hints.get(name) ?? [];
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

/**
 * The hint as the sheets show it.
 * @example hintText({ item: "U1", count: "及时签收工单量", change: 8 }) // "及时签收工单量再增加8件可不扣分"
 * @example hintText({ item: "U3b", count: "延期办结工单量", change: -19 }) // "延期办结工单量再减少19件可不扣分"
 */
export function hintText(hint: RateHint): string {
  return `${hint.count}再${hint.change > 0 ? "增加" : "减少"}${Math.abs(hint.change)}件可不扣分`;
}
