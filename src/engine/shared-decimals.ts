import type Decimal from "decimal.js";
import { Dec, ratePercent, ZERO } from "./decimal";
import { fmt2 } from "./decimal";
import { fixed2OfHundredths, rateHundredths, type Hundredths } from "./hundredths";

/**
 * Between the fast path's whole hundredths (hundredths.ts) and the Decimals results hold: one shared
 * immutable Decimal per value, the hundredths of a Decimal, and the few operations the rubric's ledger
 * items need, each exact on the fast path and falling back to decimal.js beyond it.
 */

const CACHE_LIMIT = 1_000_000;

const decimals = new Map<number, Decimal>();
const SMALL_LIMIT = 32768;
const small: (Decimal | undefined)[] = new Array(SMALL_LIMIT);

/**
 * A shared Decimal carries its hundredths in a hidden (non-enumerable) property, so reading them back is a
 * property load rather than a look-up: the engine does it ~40 times per subject and month.
 */
const HUNDREDTHS = Symbol("hundredths");
type Tagged = Decimal & { [HUNDREDTHS]?: number };
const tag = (x: Decimal, h: number) => Object.defineProperty(x, HUNDREDTHS, { value: h, enumerable: false });

/**
 * The Decimal of a whole number of hundredths. Results share one immutable Decimal per value: a province
 * year's scores take a few thousand distinct values, and decimal.js builds each in a microsecond or so.
 * @example decimalOf(9327).toString() // "93.27"
 */
export function decimalOf(h: Hundredths): Decimal {
  if (h === 0) return ZERO;
  if (h > 0 && h < SMALL_LIMIT) {
    // Scores, rates and points (0.01 to 327.67): an array slot, quicker than a map look-up.
    let s = small[h];
    if (s === undefined) small[h] = s = tag(new Dec(`${h}e-2`), h);
    return s;
  }
  let x = decimals.get(h);
  if (x === undefined) {
    x = new Dec(`${h}e-2`);
    if (h <= CACHE_LIMIT && h >= -CACHE_LIMIT) {
      decimals.set(h, tag(x, h));
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
  const cached = (x as Tagged)[HUNDREDTHS];
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

/**
 * The shared Decimal of x's value when it is on the fast path (x itself otherwise): results made once and
 * read many times (a memoised rate result, full points) hold shared Decimals, whose hundredths are known.
 */
export function canonical(x: Decimal): Decimal {
  const h = hundredthsOf(x);
  return h !== null ? decimalOf(h) : x;
}

/** `rate% = round2(numerator / denominator × 100)` as a Decimal, on the fast path where it can; null when the denominator is 0. */
export function ratePercentFast(numerator: number, denominator: number): Decimal | null {
  const h = rateHundredths(numerator, denominator);
  return h !== null ? decimalOf(h) : ratePercent(numerator, denominator);
}

/** `fmt2(x)` (fixed 2-decimal text), from the hundredths a shared Decimal carries without asking decimal.js. */
export function fmt2Shared(x: Decimal): string {
  if (x === ZERO) return "0.00";
  const h = (x as Tagged)[HUNDREDTHS];
  return h !== undefined ? fixed2OfHundredths(h) : fmt2(x);
}
