import type Decimal from "decimal.js";
import { d, fmt, fmt2, max, min, ratePercent, round2, ZERO } from "./decimal";
import type { RateItem } from "./rubric-items";
import type { ItemResult, Params } from "./types";

/** The cap of a rate item, reading the 接通率扣分上限 parameter where the item says so. */
export function rateCap(item: RateItem, params: Params): Decimal {
  return item.cap === "param:answerRateCap" ? params.answerRateCap : d(item.cap);
}

/**
 * Deduction of a rate item for a displayed (round2) rate, RUBRIC §2:
 * higher-is-better `round2(min(C, max(0, T − rate) / S × k))`, lower-is-better `round2(min(C, max(0, rate − T) / S × k))`;
 * 按整百分点 takes the floor of the steps first.
 * @example rateDeduction(U3a, d("89.82"), params) // 5.18
 */
export function rateDeduction(item: RateItem, rate: Decimal, params: Params): Decimal {
  const gap = max(ZERO, item.better === "higher" ? d(item.threshold).minus(rate) : rate.minus(item.threshold));
  let steps = gap.dividedBy(item.step);
  if (params.deductionMode === "wholePoints") steps = steps.floor();
  return round2(min(rateCap(item, params), steps.times(item.pointsPerStep)));
}

/** Why a rate item has no data: its denominator is 0, a count is unknown, or the subject has no statistics row. */
export type NoDataReason = "zero" | "unknown" | "noStats";

function noDataResult(item: RateItem, reason: NoDataReason): ItemResult {
  const why =
    reason === "noStats" ? "本月无统计数据" : reason === "unknown" ? `缺少${item.denominator}或${item.numerator}` : `${item.denominator}为0`;
  return {
    code: item.code, name: item.name, full: d(item.full), score: d(item.full), deduction: ZERO,
    noData: true, rate: null, explanation: `${item.name}无数据（${why}），按满分计`,
  };
}

function explain(item: RateItem, rate: Decimal, deduction: Decimal, params: Params): string | null {
  if (deduction.isZero()) return null;
  const higher = item.better === "higher";
  const gap = higher ? d(item.threshold).minus(rate) : rate.minus(item.threshold);
  const words = higher ? "低于" : "高于";
  let text = `${item.name}${fmt2(rate)}%，${words}${item.threshold}%的${fmt2(gap)}个百分点`;
  if (item.step !== "1") text += `，每${item.step}个百分点扣${item.pointsPerStep}分`;
  if (params.deductionMode === "wholePoints") text += `（按整百分点计${gap.dividedBy(item.step).floor().toString()}个）`;
  const cap = rateCap(item, params);
  if (deduction.equals(cap)) {
    const uncapped = gap.dividedBy(item.step).times(item.pointsPerStep);
    if (uncapped.greaterThan(cap)) text += `，扣分以${fmt(cap)}分为限`;
  }
  return `${text}，扣${fmt2(deduction)}分`;
}

/**
 * Scores one rate item from its numerator and denominator counts (null = unknown).
 * A zero or unknown denominator gives full points marked 无数据 (D9).
 */
export function scoreRateItem(
  item: RateItem,
  numerator: number | null,
  denominator: number | null,
  params: Params,
): ItemResult {
  if (numerator === null || denominator === null) return noDataResult(item, "unknown");
  const rate = ratePercent(numerator, denominator);
  if (rate === null) return noDataResult(item, "zero");
  const deduction = rateDeduction(item, rate, params);
  return {
    code: item.code, name: item.name, full: d(item.full), score: d(item.full).minus(deduction), deduction,
    noData: false, rate, explanation: explain(item, rate, deduction, params),
  };
}

/** A rate item of a subject scored from ledger rows alone (no statistics row that month). */
export function rateItemWithoutStats(item: RateItem): ItemResult {
  return noDataResult(item, "noStats");
}
