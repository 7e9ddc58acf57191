import type Decimal from "decimal.js";
import { d, round2, ZERO } from "./decimal";
import { canonical } from "./shared-decimals";
import type { SubjectMonthResult, UnitAggregation } from "./types";

/**
 * The units part of a region (RUBRIC §6, D6): round2 of the plain mean of the participating units' final
 * scores, or weighted by 转派工单总量 (units with 0 weigh 0; all 0 → plain mean). Null when no unit.
 * The same computation as scoring uses (totals, then unitsPartOfTotals), for a list of units.
 */
export function unitsPart(
  units: readonly SubjectMonthResult[],
  dispatched: (u: SubjectMonthResult) => number,
  mode: UnitAggregation,
): Decimal | null {
  const totals = emptyUnitsTotals();
  for (const u of units) addUnit(totals, u.final, dispatched(u));
  return unitsPartOfTotals(totals, mode);
}

/** What the units part of a region needs of its participating units, summed (see `addUnit`). */
export interface UnitsTotals {
  count: number;
  /** Σ final score. */
  finals: Decimal;
  /** Σ final score × max(0, 转派工单总量). */
  weighted: Decimal;
  /** Σ max(0, 转派工单总量). */
  weight: Decimal;
}

export const emptyUnitsTotals = (): UnitsTotals => ({ count: 0, finals: ZERO, weighted: ZERO, weight: ZERO });

/** Adds one unit (its final score and 转派工单总量) to the totals. */
export function addUnit(t: UnitsTotals, final: Decimal, dispatched: number): void {
  const w = d(Math.max(0, dispatched));
  t.count += 1;
  t.finals = t.finals.plus(final);
  t.weighted = t.weighted.plus(final.times(w));
  t.weight = t.weight.plus(w);
}

/** Adds totals into totals (a subregion's into its parent's). */
export function addUnitsTotals(into: UnitsTotals, from: UnitsTotals): void {
  into.count += from.count;
  into.finals = into.finals.plus(from.finals);
  into.weighted = into.weighted.plus(from.weighted);
  into.weight = into.weight.plus(from.weight);
}

/** `unitsPart` from summed totals: the same value (decimal sums are exact), in constant time per region. */
export function unitsPartOfTotals(t: UnitsTotals, mode: UnitAggregation): Decimal | null {
  if (t.count === 0) return null;
  if (mode === "weightedByDispatched" && !t.weight.isZero()) return round2(t.weighted.dividedBy(t.weight));
  return round2(t.finals.dividedBy(t.count));
}

/** Region composite = round2(bodyWeight × body + unitWeight × units part). */
export function composite(body: Decimal, units: Decimal, bodyWeight: Decimal, unitWeight: Decimal): Decimal {
  return canonical(round2(bodyWeight.times(body).plus(unitWeight.times(units))));
}
