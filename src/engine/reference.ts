import type Decimal from "decimal.js";
import { d, min, ratePercent, round2, sum } from "./decimal";
import type { RateItem } from "./rubric-items";
import { rateDeduction } from "./score-rate";

/**
 * RUBRIC §2 and §6 written with decimal.js alone, as the rules read: the reference the engine's fast path
 * (whole hundredths, hundredths.ts) must equal to the last digit. The property tests compare the two on
 * random counts and parameters; the engine itself calls these only where a value leaves the safe range.
 */

/** A rate item's displayed rate, deduction and score, or null (无数据) for a zero denominator. */
export function referenceRateItem(
  item: RateItem, numerator: number, denominator: number, params: Parameters<typeof rateDeduction>[2],
): { rate: Decimal; deduction: Decimal; score: Decimal } | null {
  const rate = ratePercent(numerator, denominator);
  if (rate === null) return null;
  const deduction = rateDeduction(item, rate, params);
  return { rate, deduction, score: d(item.full).minus(deduction) };
}

/** `min(cap, count × points)` of a counted ledger item, and whether the product passed the cap. */
export function referenceCapped(count: number, points: string, cap: string): { value: Decimal; over: boolean } {
  const raw = d(count).times(points);
  return { value: min(d(cap), raw), over: raw.greaterThan(cap) };
}

/** `round2(mean)` of monthly scores (D8) or of unit finals (D6 算术平均); null when none. */
export function referenceMean(scores: readonly Decimal[]): Decimal | null {
  return scores.length === 0 ? null : round2(sum(scores).dividedBy(scores.length));
}

/** D6 按转派量加权: `round2(Σ final × weight / Σ weight)`, the plain mean when every weight is 0. */
export function referenceWeightedMean(scores: readonly Decimal[], weights: readonly number[]): Decimal | null {
  if (scores.length === 0) return null;
  const w = weights.map((x) => d(Math.max(0, x)));
  const total = sum(w);
  if (total.isZero()) return referenceMean(scores);
  return round2(sum(scores.map((s, i) => s.times(w[i]))).dividedBy(total));
}

/** 最终得分 = Σ item scores + Σ bonuses − Σ penalties (D11). */
export function referenceFinal(itemScores: readonly Decimal[], bonuses: readonly Decimal[], penalties: readonly Decimal[]): Decimal {
  return sum(itemScores).plus(sum(bonuses)).minus(sum(penalties));
}

/** Region composite (RUBRIC §6) = round2(管理机构权重 × body + 承办单位权重 × units part). */
export function referenceComposite(body: Decimal, units: Decimal, bodyWeight: Decimal, unitWeight: Decimal): Decimal {
  return round2(bodyWeight.times(body).plus(unitWeight.times(units)));
}
