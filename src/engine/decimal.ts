import Decimal from "decimal.js";

/** A decimal.js constructor of our own, so a global Decimal.set elsewhere cannot change our rounding. */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = Decimal;

export const ZERO = new Dec(0);
export const HUNDRED = new Dec(100);

/** Decimal from an exact decimal string or a whole count. */
export function d(value: string | number | Decimal): Decimal {
  if (typeof value === "number" && !Number.isInteger(value)) {
    throw new Error(`d(): ${value} is not a whole number; pass decimals as strings`);
  }
  return new Dec(value);
}

/**
 * Round half-up to 2 decimal places (RUBRIC §2).
 * @example round2(d("0.995")) // 1.00
 */
export function round2(x: Decimal): Decimal {
  if (x.decimalPlaces() <= 2) return x;
  // toDecimalPlaces builds its result with x's own constructor: copy only values made elsewhere.
  return (x.constructor === Dec ? x : new Dec(x)).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/**
 * `n × 100` as a Decimal. For a positive whole count decimal.js reads the text `${n}e2` (the same value,
 * written with a decimal exponent) faster than it multiplies, and a province year computes ~230,000 rates.
 */
function hundredTimes(n: number): Decimal {
  return Number.isSafeInteger(n) && n > 0 ? new Dec(`${n}e2`) : new Dec(n).times(HUNDRED);
}

/** `rate% = round2(numerator / denominator × 100)`; null when the denominator is 0. */
export function ratePercent(numerator: number, denominator: number): Decimal | null {
  if (denominator === 0) return null;
  return round2(hundredTimes(numerator).dividedBy(denominator));
}

export function sum(values: readonly Decimal[]): Decimal {
  return values.reduce<Decimal>((acc, v) => acc.plus(v), ZERO);
}

export function min(a: Decimal, b: Decimal): Decimal {
  return a.lessThan(b) ? a : b;
}

export function max(a: Decimal, b: Decimal): Decimal {
  return a.greaterThan(b) ? a : b;
}

/**
 * `toFixed(2)` of a value that has at most 2 decimal places, padded from `toString()`: decimal.js's
 * toFixed copies and re-rounds its value, several times slower, and a province year prints
 * hundreds of thousands of these. Very large values (exponent notation) still go through toFixed.
 */
function fixed2OfRounded(x: Decimal): string {
  const text = x.toString();
  if (text.includes("e")) return x.toFixed(2);
  const dot = text.indexOf(".");
  if (dot < 0) return `${text}.00`;
  return text.length - dot === 2 ? `${text}0` : text;
}

/** Fixed 2-decimal text as shown to people: `1 → "1.00"`. */
export function fmt2(x: Decimal): string {
  return fixed2OfRounded(round2(x));
}

/** Shortest text of a decimal: `1.50 → "1.5"`, `2 → "2"`. */
export function fmt(x: Decimal): string {
  return new Dec(x).toString();
}
