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

/**
 * `floor(n / d)` for a safe integer `n ≥ 0` and a positive safe integer `d` (the float quotient corrected
 * by the exact remainder, as divideHalfUp does).
 * @example divideFloor(799, 100) // 7
 */
export function divideFloor(n: number, d: number): number {
  let q = Math.floor(n / d);
  let r = n - q * d;
  if (r < 0) {
    q -= 1;
    r += d;
  } else if (r >= d) q += 1;
  return q;
}

/**
 * A whole number of hundredths as fixed 2-decimal text, as fmt2 shows a Decimal: 9327 → "93.27", 5 → "0.05",
 * -250 → "-2.50".
 */
export function fixed2OfHundredths(h: Hundredths): string {
  const a = h < 0 ? -h : h;
  const cents = a % 100;
  return `${h < 0 ? "-" : ""}${(a - cents) / 100}.${cents < 10 ? "0" : ""}${cents}`;
}
