import type Decimal from "decimal.js";
import { fmt } from "./decimal";
import { divideFloor, divideHalfUp, fixed2OfHundredths as fixed2, type Hundredths } from "./hundredths";
import { decimalOf, hundredthsOf, hundredthsOfText } from "./shared-decimals";
import type { RateItem } from "./rubric-items";
import type { ItemResult, Params } from "./types";

/**
 * A rate item's result in whole hundredths (hundredths.ts): the same numbers and words as the decimal.js
 * rule (score-rate.ts `decimalRateResult`, RUBRIC §2), which the property tests compare it with. A province
 * year meets tens of thousands of distinct (item, rate) pairs, each once per computation.
 */

/** The item's numbers in hundredths: threshold and step in hundredths of a percentage point, points in hundredths. */
interface ItemHundredths {
  full: Hundredths;
  threshold: Hundredths;
  step: Hundredths;
  pointsPerStep: Hundredths;
  /** null: the 接通率扣分上限 parameter. */
  cap: Hundredths | null;
}

const compiled = new WeakMap<RateItem, ItemHundredths | null>();

function compile(item: RateItem): ItemHundredths | null {
  let c = compiled.get(item);
  if (c === undefined) {
    const full = hundredthsOfText(item.full);
    const threshold = hundredthsOfText(item.threshold);
    const step = hundredthsOfText(item.step);
    const pointsPerStep = hundredthsOfText(item.pointsPerStep);
    const cap = item.cap === "param:answerRateCap" ? null : hundredthsOfText(item.cap);
    const known = full !== null && threshold !== null && step !== null && step > 0 && pointsPerStep !== null && pointsPerStep >= 0;
    c = known && (cap !== null || item.cap === "param:answerRateCap") ? { full, threshold, step, pointsPerStep, cap } : null;
    compiled.set(item, c);
  }
  return c;
}

const safe = Number.isSafeInteger;

/** A rate item with data and nothing deducted: full points, nothing to explain. */
function untouched(item: RateItem, full: Decimal, rate: Decimal): ItemResult {
  return { code: item.code, name: item.name, full, score: full, deduction: decimalOf(0), noData: false, rate, explanation: null };
}

/** How far the displayed rate is on the wrong side of the threshold, in hundredths of a percentage point (0 on the right side). */
function gapOf(item: RateItem, c: ItemHundredths, rateH: Hundredths): Hundredths {
  if (item.better === "higher") return rateH >= c.threshold ? 0 : c.threshold - rateH;
  return rateH <= c.threshold ? 0 : rateH - c.threshold;
}

/** The cap in hundredths: the item's own, or the 接通率扣分上限 parameter; null off the fast path. */
function capOf(c: ItemHundredths, params: Params): Hundredths | null {
  const cap = c.cap ?? hundredthsOf(params.answerRateCap);
  return cap === null || cap < 0 ? null : cap;
}

/**
 * The deduction for a gap above 0: proportional `round2(min(C, gap / S × k))`, 按整百分点
 * `min(C, floor(gap / S) × k)`; null when a product passes 2^53. `gap × k` is `(gap / S × k) × S`, in
 * hundredths × S, so the comparison with the cap stays in whole numbers.
 */
function deductionOfGap(c: ItemHundredths, gap: Hundredths, cap: Hundredths, whole: boolean): Hundredths | null {
  const raw = gap * c.pointsPerStep;
  const capTimesStep = cap * c.step;
  if (!safe(raw) || !safe(capTimesStep)) return null;
  if (!whole) return raw >= capTimesStep ? cap : divideHalfUp(raw, c.step);
  const product = divideFloor(gap, c.step) * c.pointsPerStep;
  return safe(product) ? Math.min(cap, product) : null;
}

/**
 * A rate item's deduction in hundredths for its displayed rate in hundredths of a percentage point, the
 * number alone (a subject's 最终得分 needs no more, see subject-final.ts); null when a number of the item or
 * the parameters is not a whole number of hundredths, or a product passes 2^53.
 */
export function rateDeductionHundredths(item: RateItem, rateH: Hundredths, params: Params): Hundredths | null {
  const c = compile(item);
  if (c === null) return null;
  const cap = capOf(c, params);
  if (cap === null) return null;
  const gap = gapOf(item, c, rateH);
  return gap === 0 ? 0 : deductionOfGap(c, gap, cap, params.deductionMode === "wholePoints");
}

/**
 * The result of a rate item with data for its displayed rate in hundredths of a percentage point; null
 * when a number of the item or the parameters is not a whole number of hundredths, or a product passes
 * 2^53 (the caller then takes decimal.js).
 */
export function rateResultOfHundredths(item: RateItem, rateH: Hundredths, params: Params): ItemResult | null {
  const c = compile(item);
  if (c === null) return null;
  const cap = capOf(c, params);
  if (cap === null) return null;
  const gap = gapOf(item, c, rateH);
  const rate = decimalOf(rateH);
  const full = decimalOf(c.full);
  if (gap === 0) return untouched(item, full, rate);
  const whole = params.deductionMode === "wholePoints";
  const deduction = deductionOfGap(c, gap, cap, whole);
  if (deduction === null || !safe(c.full - deduction)) return null;
  if (deduction === 0) return untouched(item, full, rate);
  // The words say 以…分为限 when the deduction is the cap and gap / S × k (unfloored) is above it.
  const overCap = gap * c.pointsPerStep > cap * c.step;
  return new DeductedRate(item, rateH, gap, deduction, cap, overCap, whole ? divideFloor(gap, c.step) : null, full, decimalOf(c.full - deduction));
}

/**
 * A rate item's result with a deduction. Its 说明 is made when read: only the months' score sheets read
 * it, and a province year makes tens of thousands of these, most never shown.
 */
class DeductedRate implements ItemResult {
  readonly code: string;
  readonly name: string;
  readonly noData = false;
  readonly rate: Decimal;
  readonly deduction: Decimal;

  constructor(
    private readonly item: RateItem,
    private readonly rateH: Hundredths,
    private readonly gap: Hundredths,
    private readonly deductionH: Hundredths,
    private readonly cap: Hundredths,
    /** gap / S × k (unfloored) passed the cap. */
    private readonly overCap: boolean,
    /** 按整百分点: the whole steps counted; null when proportional. */
    private readonly wholeSteps: number | null,
    readonly full: Decimal,
    readonly score: Decimal,
  ) {
    this.code = item.code;
    this.name = item.name;
    this.rate = decimalOf(rateH);
    this.deduction = decimalOf(deductionH);
  }

  /** The words decimalRateResult gives (score-rate.ts `explain`). */
  get explanation(): string {
    const { item } = this;
    let text = `${item.name}${fixed2(this.rateH)}%，${item.better === "higher" ? "低于" : "高于"}${item.threshold}%的${fixed2(this.gap)}个百分点`;
    if (item.step !== "1") text += `，每${item.step}个百分点扣${item.pointsPerStep}分`;
    if (this.wholeSteps !== null) text += `（按整百分点计${this.wholeSteps}个）`;
    if (this.deductionH === this.cap && this.overCap) text += `，扣分以${fmt(decimalOf(this.cap))}分为限`;
    return `${text}，扣${fixed2(this.deductionH)}分`;
  }
}
