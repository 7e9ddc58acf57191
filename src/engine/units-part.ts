import type Decimal from "decimal.js";
import { d, round2, sum } from "./decimal";
import { canonical, decimalOf, hundredthsOf } from "./shared-decimals";
import { meanHundredths, sumHundredths, weightedMeanHundredths } from "./hundredths";
import type { SubjectMonthResult, UnitAggregation } from "./types";

/**
 * The units part of a region (RUBRIC §6, D6): round2 of the plain mean of the participating units' final
 * scores, or weighted by 转派工单总量 (units with 0 weigh 0; all 0 → plain mean). Null when no unit.
 */
export function unitsPart(
  units: readonly SubjectMonthResult[],
  dispatched: (u: SubjectMonthResult) => number,
  mode: UnitAggregation,
): Decimal | null {
  if (units.length === 0) return null;
  const finals = units.map((u) => hundredthsOf(u.final));
  if (mode === "weightedByDispatched") {
    const counts = units.map((u) => Math.max(0, dispatched(u)));
    const fast = weightedMeanHundredths(finals, counts);
    if (fast !== null) return decimalOf(fast);
    const weights = counts.map((w) => d(w));
    const total = sum(weights);
    if (!total.isZero()) return round2(sum(units.map((u, i) => u.final.times(weights[i]))).dividedBy(total));
  }
  const mean = meanHundredths(sumHundredths(finals), units.length);
  return mean !== null ? decimalOf(mean) : round2(sum(units.map((u) => u.final)).dividedBy(units.length));
}

/** Region composite = round2(bodyWeight × body + unitWeight × units part). */
export function composite(body: Decimal, units: Decimal, bodyWeight: Decimal, unitWeight: Decimal): Decimal {
  return canonical(round2(bodyWeight.times(body).plus(unitWeight.times(units))));
}
