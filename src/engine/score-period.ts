import { aggregatePeriod } from "./aggregate";
import { indexInput } from "./input-index";
import { scoreMonth } from "./score-month";
import type { Period, PeriodResult, ScoringInput } from "./types";

/**
 * Scores a month, quarter or year: every month of the period that has any data, then (for a quarter or
 * a year) the means of the monthly scores with the months each lacks, ranked within 排名分组.
 * Pure: no I/O, no clock, decimal arithmetic only.
 */
export function scorePeriod(input: ScoringInput, period: Period): PeriodResult {
  const index = indexInput(input);
  const months = period.months.filter((m) => index.months.has(m)).map((m) => scoreMonth(index, m));
  const aggregates = period.kind === "month" ? { bodies: [], units: [], regions: [] } : aggregatePeriod(input, period, months);
  return { period, months, ...aggregates };
}
