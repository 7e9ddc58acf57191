import type Decimal from "decimal.js";
import { Dec, ratePercent, ZERO } from "./decimal";

/**
 * The engine's fast path (RUBRIC §2): a displayed number as a whole count of hundredths in a safe
 * integer (93.27 → 9327), so the hot loops of a province year add and divide machine integers
 * instead of decimal.js objects. Every function here is exact or says it cannot be: a result outside
 * the safe range is `null`, and the caller then uses decimal.js (decimal.ts, the reference), which
 * handles any size. (No BigInt: the task pane also runs in Office's older web views.)
 */
export type Hundredths = number;

const MAX = Number.MAX_SAFE_INTEGER;

/**
 * `n / d` rounded half-up (half away from zero, as decimal.js ROUND_HALF_UP) to a whole number, for a
 * safe integer `n` of any sign and a positive safe integer `d`; null when `|n| + d` passes 2^53.
 * @example divideHalfUp(1990, 2) // 995 ; divideHalfUp(-5, 2) // -3
 */
export function divideHalfUp(n: number, d: number): number | null {
  const a = n < 0 ? -n : n;
  if (a + d > MAX) return null;
  // The float quotient is within 1 of the true one; the remainder, exact below 2^53, corrects it.
  let q = Math.floor(a / d);
  let r = a - q * d;
  if (r < 0) {
    q -= 1;
    r += d;
  } else if (r >= d) {
    q += 1;
    r -= d;
  }
  if (r >= d - r) q += 1;
  return n < 0 && q !== 0 ? -q : q;
}

const isCount = (n: number) => Number.isSafeInteger(n) && n >= 0;

/**
 * `rate% = round2(numerator / denominator × 100)` in hundredths of a percentage point: 93.5 % → 9350.
 * Null when the denominator is 0 or the counts are too large (or not whole) for the fast path.
 * @example rateHundredths(9300, 10000) // 9300
 */
export function rateHundredths(numerator: number, denominator: number): Hundredths | null {
  if (!isCount(numerator) || !isCount(denominator) || denominator === 0 || numerator > MAX / 10000) return null;
  return divideHalfUp(numerator * 10000, denominator);
}

/** `round2(Σ values / count)` of hundredths (a mean of displayed scores, D8 / D6); null when unsafe. */
export function meanHundredths(total: Hundredths | null, count: number): Hundredths | null {
  return total !== null && Number.isSafeInteger(total) && Number.isSafeInteger(count) && count > 0 ? divideHalfUp(total, count) : null;
}

const CACHE_LIMIT = 1_000_000;
const decimals = new Map<number, Decimal>();
/** The inverse of `decimals`: the cached Decimals' hundredths (a plain Map: it holds only cached values). */
const hundredthsOfCached = new Map<Decimal, number>([[ZERO, 0]]);

/**
 * The Decimal of a whole number of hundredths. Results share one immutable Decimal per value: a province
 * year's scores take a few thousand distinct values, and decimal.js builds each in a microsecond or so.
 * @example decimalOf(9327).toString() // "93.27"
 */
export function decimalOf(h: Hundredths): Decimal {
  if (h === 0) return ZERO;
  let x = decimals.get(h);
  if (x === undefined) {
    x = new Dec(`${h}e-2`);
    if (h <= CACHE_LIMIT && h >= -CACHE_LIMIT) {
      decimals.set(h, x);
      hundredthsOfCached.set(x, h);
    }
  }
  return x;
}

/** Below 2^50, `Math.round(x × 100)` of the nearest double to x is exactly x's hundredths (errors < 2^-2). */
const EXACT_ROUND_LIMIT = 2 ** 50;

/**
 * The hundredths of a Decimal with at most 2 decimal places (every displayed engine number); null when it
 * has more places or is too large for the fast path.
 * @example hundredthsOf(d("2.5")) // 250
 */
export function hundredthsOf(x: Decimal): Hundredths | null {
  if (x === ZERO) return 0;
  const cached = hundredthsOfCached.get(x);
  if (cached !== undefined) return cached;
  if (x.decimalPlaces() > 2) return null;
  const h = Math.round(x.toNumber() * 100);
  return Math.abs(h) < EXACT_ROUND_LIMIT ? h : null;
}

const parsed = new Map<string, Hundredths | null>();

/** The hundredths of a rubric's decimal string ("2.5" → 250), remembered. */
export function hundredthsOfText(text: string): Hundredths | null {
  let h = parsed.get(text);
  if (h === undefined) parsed.set(text, (h = hundredthsOf(new Dec(text))));
  return h;
}

/**
 * `min(cap, count × points)` for a whole count and rubric decimal strings, and whether the product passed
 * the cap (the 说明 says so). The product is a safe integer of hundredths below 2^53 / 100 points; a
 * product beyond a finite cap is only compared, never needed exactly.
 * @example cappedProduct(5, "0.5", "2") // { value: 2, over: true }
 */
export function cappedProduct(count: number, points: string, cap: string): { value: Decimal; over: boolean } {
  const p = hundredthsOfText(points);
  const c = hundredthsOfText(cap);
  if (p !== null && c !== null && Number.isSafeInteger(count) && count >= 0) {
    const raw = count * p;
    // Above the cap the float product is still above it (rounding is monotone and the cap is exact).
    if (raw > c) return { value: decimalOf(c), over: true };
    return { value: decimalOf(raw), over: false };
  }
  const raw = new Dec(count).times(points);
  const capD = new Dec(cap);
  return raw.greaterThan(capD) ? { value: capD, over: true } : { value: raw, over: false };
}

/**
 * `round2(Σ scoreᵢ × weightᵢ / Σ weightᵢ)` for whole weights ≥ 0 (D6, 按转派量加权); null when Σ weight is 0
 * or a product passes 2^53.
 */
export function weightedMeanHundredths(scores: readonly (Hundredths | null)[], weights: readonly number[]): Hundredths | null {
  let total = 0;
  let weighted = 0;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    const w = weights[i];
    if (s === null || !Number.isSafeInteger(w) || w < 0) return null;
    total += w;
    weighted += s * w;
    if (!Number.isSafeInteger(total) || !Number.isSafeInteger(weighted)) return null;
  }
  return total === 0 ? null : divideHalfUp(weighted, total);
}

/** Σ of hundredths, null when any is null or the sum passes 2^53. */
export function sumHundredths(values: Iterable<Hundredths | null>): Hundredths | null {
  let total = 0;
  for (const v of values) {
    if (v === null) return null;
    total += v;
    if (!Number.isSafeInteger(total)) return null;
  }
  return total;
}

/** `a + b` (hundredths when both are on the fast path, else decimal.js). */
export function addHundredths(a: Decimal, b: Decimal): Decimal {
  const x = hundredthsOf(a);
  const y = hundredthsOf(b);
  return x !== null && y !== null && Number.isSafeInteger(x + y) ? decimalOf(x + y) : a.plus(b);
}

/** `a − b` (hundredths when both are on the fast path, else decimal.js). */
export function subtractHundredths(a: Decimal, b: Decimal): Decimal {
  const x = hundredthsOf(a);
  const y = hundredthsOf(b);
  return x !== null && y !== null && Number.isSafeInteger(x - y) ? decimalOf(x - y) : a.minus(b);
}

/** `min(cap, x)` for a rubric cap string, and whether x passed it. */
export function capAt(x: Decimal, cap: string): { value: Decimal; over: boolean } {
  const h = hundredthsOf(x);
  const c = hundredthsOfText(cap);
  if (h !== null && c !== null) return h > c ? { value: decimalOf(c), over: true } : { value: x, over: false };
  const capD = new Dec(cap);
  return x.greaterThan(capD) ? { value: capD, over: true } : { value: x, over: false };
}

/** `rate% = round2(numerator / denominator × 100)` as a Decimal, on the fast path where it can; null when the denominator is 0. */
export function ratePercentFast(numerator: number, denominator: number): Decimal | null {
  const h = rateHundredths(numerator, denominator);
  return h !== null ? decimalOf(h) : ratePercent(numerator, denominator);
}

/**
 * The shared Decimal of x's value when it is on the fast path (x itself otherwise): results made once and
 * read many times (a memoised rate result, full points) hold shared Decimals, whose hundredths are known.
 */
export function canonical(x: Decimal): Decimal {
  const h = hundredthsOf(x);
  return h !== null ? decimalOf(h) : x;
}
