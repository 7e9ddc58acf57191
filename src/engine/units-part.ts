import type Decimal from "decimal.js";
import { d, Dec, round2 } from "./decimal";
import { divideHalfUp } from "./hundredths";
import { canonical, decimalOf, hundredthsOf } from "./shared-decimals";
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

/** The sums of UnitsTotals in decimal.js, once a value leaves the fast path. */
interface DecimalSums {
  finals: Decimal;
  weighted: Decimal;
  weight: Decimal;
}

/**
 * What the units part of a region needs of its participating units, summed (see `addUnit`): Σ final
 * score (in hundredths), Σ final × max(0, 转派工单总量) (hundredths) and Σ max(0, 转派工单总量), as safe
 * integers (hundredths.ts) while every value and sum stays one; `exact` holds them as decimals from the
 * first value or sum that would not (then the integer sums are no longer used).
 */
export interface UnitsTotals {
  count: number;
  finals: number;
  weighted: number;
  weight: number;
  exact: DecimalSums | null;
}

export const emptyUnitsTotals = (): UnitsTotals => ({ count: 0, finals: 0, weighted: 0, weight: 0, exact: null });

const hundredthsDecimal = (h: number): Decimal => new Dec(`${h}e-2`);

/** The totals' sums as decimals (exact: hundredths are whole numbers). */
function decimalSums(t: UnitsTotals): DecimalSums {
  return t.exact ?? { finals: hundredthsDecimal(t.finals), weighted: hundredthsDecimal(t.weighted), weight: new Dec(t.weight) };
}

/** Adds to the integer sums when each new sum stays a safe integer; false (nothing changed) otherwise. */
function addExactly(t: UnitsTotals, finals: number, weighted: number, weight: number): boolean {
  const f = t.finals + finals;
  const wd = t.weighted + weighted;
  const w = t.weight + weight;
  if (!Number.isSafeInteger(f) || !Number.isSafeInteger(wd) || !Number.isSafeInteger(w)) return false;
  t.finals = f;
  t.weighted = wd;
  t.weight = w;
  return true;
}

/** Adds one unit (its final score and 转派工单总量) to the totals. */
export function addUnit(t: UnitsTotals, final: Decimal, dispatched: number): void {
  const w = Math.max(0, dispatched);
  t.count += 1;
  const h = t.exact === null ? hundredthsOf(final) : null;
  if (h !== null && Number.isSafeInteger(w) && Number.isSafeInteger(h * w) && addExactly(t, h, h * w, w)) return;
  const sums = decimalSums(t);
  const wd = d(w);
  t.exact = { finals: sums.finals.plus(final), weighted: sums.weighted.plus(final.times(wd)), weight: sums.weight.plus(wd) };
}

/** Adds totals into totals (a subregion's into its parent's). */
export function addUnitsTotals(into: UnitsTotals, from: UnitsTotals): void {
  into.count += from.count;
  if (into.exact === null && from.exact === null && addExactly(into, from.finals, from.weighted, from.weight)) return;
  const a = decimalSums(into);
  const b = decimalSums(from);
  into.exact = { finals: a.finals.plus(b.finals), weighted: a.weighted.plus(b.weighted), weight: a.weight.plus(b.weight) };
}

/** `unitsPart` from summed totals: the same value (the sums are exact), in constant time per region. */
export function unitsPartOfTotals(t: UnitsTotals, mode: UnitAggregation): Decimal | null {
  if (t.count === 0) return null;
  if (t.exact === null) {
    // round2(Σ(h/100) / n) = round-half-up(Σh / n) hundredths; weighted: round-half-up(Σ(h × w) / Σw).
    const h = mode === "weightedByDispatched" && t.weight !== 0 ? divideHalfUp(t.weighted, t.weight) : divideHalfUp(t.finals, t.count);
    if (h !== null) return decimalOf(h);
  }
  const sums = decimalSums(t);
  if (mode === "weightedByDispatched" && !sums.weight.isZero()) return round2(sums.weighted.dividedBy(sums.weight));
  return round2(sums.finals.dividedBy(t.count));
}

/**
 * Region composite = round2(bodyWeight × body + unitWeight × units part). In whole hundredths when all four
 * are: the weighted sum is in ten-thousandths, so its hundredths are round-half-up(sum / 100).
 */
export function composite(body: Decimal, units: Decimal, bodyWeight: Decimal, unitWeight: Decimal): Decimal {
  const b = hundredthsOf(body);
  const u = hundredthsOf(units);
  const wb = hundredthsOf(bodyWeight);
  const wu = hundredthsOf(unitWeight);
  if (b !== null && u !== null && wb !== null && wu !== null) {
    const sum = wb * b + wu * u;
    const h = Number.isSafeInteger(wb * b) && Number.isSafeInteger(wu * u) && Number.isSafeInteger(sum) ? divideHalfUp(sum, 100) : null;
    if (h !== null) return decimalOf(h);
  }
  return canonical(round2(bodyWeight.times(body).plus(unitWeight.times(units))));
}
