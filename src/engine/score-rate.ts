import type Decimal from "decimal.js";
import { d, fmt, fmt2, min, ratePercent, round2, ZERO } from "./decimal";
import { canonical, decimalOf } from "./shared-decimals";
import { rateHundredths } from "./hundredths";
import { rateResultOfHundredths } from "./score-rate-hundredths";
import type { RateItem } from "./rubric-items";
import type { ItemResult, Params } from "./types";

/** A rate item's numbers as decimals, made once per item (a province year scores ~230,000 rate items). */
interface CompiledRate {
  full: Decimal;
  threshold: Decimal;
  step: Decimal;
  pointsPerStep: Decimal;
  cap: Decimal | null;
}
const compiledRates = new WeakMap<RateItem, CompiledRate>();

function compile(item: RateItem): CompiledRate {
  let c = compiledRates.get(item);
  if (!c) {
    c = {
      full: canonical(d(item.full)), threshold: d(item.threshold), step: d(item.step), pointsPerStep: d(item.pointsPerStep),
      cap: item.cap === "param:answerRateCap" ? null : d(item.cap),
    };
    compiledRates.set(item, c);
  }
  return c;
}

/** The cap of a rate item, reading the 接通率扣分上限 parameter where the item says so. */
export function rateCap(item: RateItem, params: Params): Decimal {
  return compile(item).cap ?? params.answerRateCap;
}

/** How far the displayed rate is on the wrong side of the threshold (0 when on the right side). */
function gapOf(item: RateItem, rate: Decimal): Decimal {
  const { threshold } = compile(item);
  if (item.better === "higher") return rate.greaterThanOrEqualTo(threshold) ? ZERO : threshold.minus(rate);
  return rate.lessThanOrEqualTo(threshold) ? ZERO : rate.minus(threshold);
}

/** The deduction for a gap already known to be above 0 (see rateDeduction). */
function deductionOfGap(item: RateItem, gap: Decimal, params: Params): Decimal {
  const c = compile(item);
  let steps = gap.dividedBy(c.step);
  if (params.deductionMode === "wholePoints") steps = steps.floor();
  return round2(min(rateCap(item, params), steps.times(c.pointsPerStep)));
}

/**
 * Deduction of a rate item for a displayed (round2) rate, RUBRIC §2:
 * higher-is-better `round2(min(C, max(0, T − rate) / S × k))`, lower-is-better `round2(min(C, max(0, rate − T) / S × k))`;
 * 按整百分点 takes the floor of the steps first.
 * @example rateDeduction(U3a, d("89.82"), params) // 5.18
 */
export function rateDeduction(item: RateItem, rate: Decimal, params: Params): Decimal {
  const gap = gapOf(item, rate);
  return gap.isZero() ? ZERO : deductionOfGap(item, gap, params);
}

/** Why a rate item has no data: its denominator is 0, a count is unknown, or the subject has no statistics row. */
export type NoDataReason = "zero" | "unknown" | "noStats";

/** 无数据 results depend on the item and the reason alone: made once, shared (results are never mutated). */
const noDataResults = new WeakMap<RateItem, Partial<Record<NoDataReason, ItemResult>>>();

function noDataResult(item: RateItem, reason: NoDataReason): ItemResult {
  let byReason = noDataResults.get(item);
  if (!byReason) noDataResults.set(item, (byReason = {}));
  let r = byReason[reason];
  if (!r) {
    const why =
      reason === "noStats" ? "本月无统计数据" : reason === "unknown" ? `缺少${item.denominator}或${item.numerator}` : `${item.denominator}为0`;
    const full = compile(item).full;
    r = byReason[reason] = Object.freeze({
      code: item.code, name: item.name, full, score: full, deduction: ZERO,
      noData: true, rate: null, explanation: `${item.name}无数据（${why}），按满分计`,
    });
  }
  return r;
}

function explain(item: RateItem, rate: Decimal, gap: Decimal, deduction: Decimal, params: Params): string {
  const higher = item.better === "higher";
  const c = compile(item);
  let text = `${item.name}${fmt2(rate)}%，${higher ? "低于" : "高于"}${item.threshold}%的${fmt2(gap)}个百分点`;
  if (item.step !== "1") text += `，每${item.step}个百分点扣${item.pointsPerStep}分`;
  if (params.deductionMode === "wholePoints") text += `（按整百分点计${gap.dividedBy(c.step).floor().toString()}个）`;
  const cap = rateCap(item, params);
  if (deduction.equals(cap) && gap.dividedBy(c.step).times(c.pointsPerStep).greaterThan(cap)) {
    text += `，扣分以${fmt(cap)}分为限`;
  }
  return `${text}，扣${fmt2(deduction)}分`;
}

/**
 * The result of a rate item with data, from its displayed rate and its gap, in decimal.js: the rule as
 * written (RUBRIC §2). The engine takes it where a number leaves the fast path (rateResultOfHundredths);
 * the property tests compare the two, words included.
 */
export function decimalRateResult(item: RateItem, rate: Decimal, params: Params): ItemResult {
  return rateResult(item, rate, gapOf(item, rate), params);
}

function rateResult(item: RateItem, rate: Decimal, gap: Decimal, params: Params): ItemResult {
  const full = compile(item).full;
  const deduction = gap.isZero() ? ZERO : canonical(deductionOfGap(item, gap, params));
  const untouched = deduction.isZero();
  return {
    code: item.code, name: item.name, full, score: untouched ? full : canonical(full.minus(deduction)), deduction,
    noData: false, rate, explanation: untouched ? null : explain(item, rate, gap, deduction, params),
  };
}

/**
 * Rate results of one input, by item and displayed rate (in hundredths, see hundredths.ts). A result
 * depends on nothing else (the parameters are part of the input), so subjects with the same rate share one
 * frozen result instead of each building its own (real workbooks repeat rates such as 100 %). Made once
 * per input (see indexInput), so no result outlives the parameters it was made with.
 */
export type RateMemo = Map<RateItem, Map<number, ItemResult>>;

/** An empty RateMemo (indexInput makes one per input). */
export function rateMemo(): RateMemo {
  return new Map();
}

/** The result for a displayed rate in hundredths: on the fast path where every number of the item allows, else decimal.js. */
function resultOfHundredths(item: RateItem, rateH: number, params: Params): ItemResult {
  return rateResultOfHundredths(item, rateH, params) ?? decimalRateResult(item, decimalOf(rateH), params);
}

function sharedRateResult(item: RateItem, rateH: number, params: Params, memo: RateMemo): ItemResult {
  let byRate = memo.get(item);
  if (!byRate) memo.set(item, (byRate = new Map()));
  let r = byRate.get(rateH);
  if (!r) byRate.set(rateH, (r = Object.freeze(resultOfHundredths(item, rateH, params))));
  return r;
}

/**
 * Scores one rate item from its numerator and denominator counts (null = unknown).
 * A zero or unknown denominator gives full points marked 无数据 (D9).
 * The displayed rate is computed in whole hundredths (exact, see hundredths.ts); with a `memo` (one per
 * computation), equal rates of the same item share one frozen result. Counts too large for the fast path
 * go through decimal.js.
 */
export function scoreRateItem(
  item: RateItem,
  numerator: number | null,
  denominator: number | null,
  params: Params,
  memo?: RateMemo,
): ItemResult {
  if (numerator === null || denominator === null) return noDataResult(item, "unknown");
  if (denominator === 0) return noDataResult(item, "zero");
  const rateH = rateHundredths(numerator, denominator);
  if (rateH === null) return decimalRateResult(item, ratePercent(numerator, denominator)!, params);
  return memo ? sharedRateResult(item, rateH, params, memo) : resultOfHundredths(item, rateH, params);
}

/** A rate item of a subject scored from ledger rows alone (no statistics row that month). */
export function rateItemWithoutStats(item: RateItem): ItemResult {
  return noDataResult(item, "noStats");
}
