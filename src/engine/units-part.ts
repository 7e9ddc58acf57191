import type Decimal from "decimal.js";
import { d, round2, sum } from "./decimal";
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
  if (mode === "weightedByDispatched") {
    const weights = units.map((u) => d(Math.max(0, dispatched(u))));
    const total = sum(weights);
    if (!total.isZero()) return round2(sum(units.map((u, i) => u.final.times(weights[i]))).dividedBy(total));
  }
  return round2(sum(units.map((u) => u.final)).dividedBy(units.length));
}

/** Region composite = round2(bodyWeight × body + unitWeight × units part). */
export function composite(body: Decimal, units: Decimal, bodyWeight: Decimal, unitWeight: Decimal): Decimal {
  return round2(bodyWeight.times(body).plus(unitWeight.times(units)));
}
