import { BASE_ITEMS, type RateItem } from "./rubric-items";
import { scoreRateItem, type RateMemo } from "./score-rate";
import type { RateHint } from "./trend-text";
import type { ItemResult, Params, SubjectKind } from "./types";

/**
 * Whether the engine's own deduction for the item with these counts — the number the sheet shows — is 0.
 * With a memo (one per computation), probes landing on a rate already seen share its result.
 */
const deductsNothing = (item: RateItem, numerator: number, denominator: number, params: Params, memo?: RateMemo): boolean =>
  scoreRateItem(item, numerator, denominator, params, memo).deduction.isZero();

/**
 * The boundary of the item's deduction-free rates on the 0.01 % grid, in hundredths of a percent:
 * higher-is-better, the lowest rate that deducts nothing; lower-is-better, the highest. Found with the
 * engine's deduction (rate r/100 % is r / 10000) by binary search, once per item and parameters; it only
 * seeds the search of `smallestChange`, which checks every answer with the real counts.
 */
const boundaries = new WeakMap<Params, Map<RateItem, number>>();

function boundary(item: RateItem, params: Params): number {
  let byItem = boundaries.get(params);
  if (!byItem) boundaries.set(params, (byItem = new Map()));
  let b = byItem.get(item);
  if (b === undefined) {
    const zero = (r: number) => deductsNothing(item, r, 10000, params);
    // higher: zero(r) is false then true as r grows; lower: true then false.
    let lo = 0;
    let hi = 10000;
    if (item.better === "higher") {
      // smallest r in [0, 10000] with zero(r) (10000 if none: the search below still checks).
      while (lo < hi) {
        const mid = Math.floor((lo + hi) / 2);
        if (zero(mid)) hi = mid;
        else lo = mid + 1;
      }
      b = lo;
    } else {
      // largest r in [0, 10000] with zero(r).
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (zero(mid)) lo = mid;
        else hi = mid - 1;
      }
      b = lo;
    }
    byItem.set(item, b);
  }
  return b;
}

/** ⌈a / b⌉ for whole a ≥ 0 and b > 0, exact (BigInt: (2r ± 1) × denominator may pass 2^53). */
const ceilDiv = (a: bigint, b: bigint): bigint => (a + b - 1n) / b;

/**
 * Where the change should lie, in exact whole-number arithmetic: the rate% of RUBRIC §2 is
 * round-half-up(numerator × 10000 / denominator) hundredths, so reaching the boundary r needs
 * numerator ≥ ⌈(2r − 1) × den / 20000⌉ (higher) or numerator ≤ ⌈(2r + 1) × den / 20000⌉ − 1 (lower).
 * A guess only: smallestChange verifies it (and its neighbour) with the engine's deduction.
 */
function guess(item: RateItem, numerator: number, denominator: number, params: Params): number {
  const r = BigInt(boundary(item, params));
  const den = BigInt(denominator);
  if (item.better === "higher") {
    const needed = r === 0n ? 0n : ceilDiv((2n * r - 1n) * den, 20000n);
    return Number(needed) - numerator;
  }
  const allowed = ceilDiv((2n * r + 1n) * den, 20000n) - 1n;
  return numerator - Number(allowed);
}

/**
 * The smallest whole x ≥ 1 such that the item deducts nothing with the numerator moved by x toward the
 * better side; null when it deducts nothing already, has no data, or no x within the counts helps.
 * Exact by construction: the deduction is monotone in x (a better numerator gives a rate no worse, and
 * every step of §2 — gap, floor, cap, round2 — is monotone), so "deducts nothing at x" is false up to the
 * answer and true from it on; the search brackets that point starting from the exact-arithmetic guess
 * and ends with x deducting nothing and x − 1 deducting (both checked with the engine's own deduction).
 */
export function smallestChange(
  item: RateItem, numerator: number, denominator: number, params: Params, memo?: RateMemo,
): number | null {
  if (denominator <= 0 || deductsNothing(item, numerator, denominator, params, memo)) return null;
  return searchChange(item, numerator, denominator, params, memo);
}

/** smallestChange for counts already known to deduct (x = 0 deducts): usually two probes, x and x − 1. */
function searchChange(item: RateItem, numerator: number, denominator: number, params: Params, memo?: RateMemo): number | null {
  return searchChangeFrom(item, numerator, denominator, params, guess(item, numerator, denominator, params), memo);
}

/**
 * The search of smallestChange from any starting guess (counts known to deduct): the answer does not
 * depend on the guess, only the number of probes does. Exported so tests can start it anywhere.
 */
export function searchChangeFrom(
  item: RateItem, numerator: number, denominator: number, params: Params, start: number, memo?: RateMemo,
): number | null {
  const sign = item.better === "higher" ? 1 : -1;
  const limit = item.better === "higher" ? denominator - numerator : numerator;
  if (limit < 1) return null;
  const zeroAt = (x: number) => deductsNothing(item, numerator + sign * x, denominator, params, memo);
  const g = Math.min(limit, Math.max(1, start));
  // Invariant: zeroAt(hi) holds; lo === 0 (the counts as they are, which deduct) or zeroAt(lo) fails; lo < hi.
  let lo: number;
  let hi: number;
  if (zeroAt(g)) {
    hi = g;
    let step = 1;
    lo = hi - 1;
    while (lo > 0 && zeroAt(lo)) {
      hi = lo;
      step *= 2;
      lo = Math.max(0, hi - step);
    }
  } else {
    // Up from the guess to the limit (numerator = denominator, or 0): if even that deducts, no x helps.
    if (g === limit || !zeroAt(limit)) return null;
    lo = g;
    let step = 1;
    hi = Math.min(limit, lo + step);
    while (!zeroAt(hi)) {
      lo = hi;
      step *= 2;
      hi = Math.min(limit, lo + step);
    }
  }
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (zeroAt(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** The hint of one rate item for these counts (null = unknown), or null when it deducts nothing. */
export function rateHint(
  item: RateItem, numerator: number | null, denominator: number | null, params: Params, memo?: RateMemo,
): RateHint | null {
  if (numerator === null || denominator === null) return null;
  const x = smallestChange(item, numerator, denominator, params, memo);
  return x === null ? null : hintOf(item, x);
}

const hintOf = (item: RateItem, x: number): RateHint => ({ item: item.code, count: item.numerator, change: item.better === "higher" ? x : -x });

/** The rate items of a kind, in rubric order (M1, M2; U1, U2, U3a, U3b, U4, U5). */
export function rateItemsOf(kind: SubjectKind): RateItem[] {
  return BASE_ITEMS[kind].filter((i): i is RateItem => i.kind === "rate");
}

/**
 * Every 达标差距 of a body or unit in a month, from its statistics counts, in rubric order; empty when
 * no rate item deducts.
 */
export function subjectHints(
  kind: SubjectKind, counts: Readonly<Record<string, number | null>>, params: Params, memo?: RateMemo,
): RateHint[] {
  const hints: RateHint[] = [];
  for (const item of rateItemsOf(kind)) {
    const h = rateHint(item, counts[item.numerator] ?? null, counts[item.denominator] ?? null, params, memo);
    if (h !== null) hints.push(h);
  }
  return hints;
}

const RATE_ITEMS = new Map(rateItemsOf("body").concat(rateItemsOf("unit")).map((i) => [i.code, i]));

/**
 * subjectHints for a subject already scored: only the rate items whose scored deduction is above 0 are
 * searched (the same deduction the sheet shows), in the order of the scored items.
 */
export function scoredHints(
  items: readonly ItemResult[], counts: Readonly<Record<string, number | null>>, params: Params, memo?: RateMemo,
): RateHint[] {
  const hints: RateHint[] = [];
  for (const result of items) {
    if (result.noData || result.deduction.isZero()) continue;
    const item = RATE_ITEMS.get(result.code);
    const numerator = item ? counts[item.numerator] : null;
    const denominator = item ? counts[item.denominator] : null;
    if (!item || numerator == null || denominator == null || denominator <= 0) continue;
    const x = searchChange(item, numerator, denominator, params, memo);
    if (x !== null) hints.push(hintOf(item, x));
  }
  return hints;
}

export { hintText, type RateHint } from "./trend-text";
