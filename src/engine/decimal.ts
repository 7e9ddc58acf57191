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
  return x.decimalPlaces() <= 2 ? x : new Dec(x).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** `rate% = round2(numerator / denominator × 100)`; null when the denominator is 0. */
export function ratePercent(numerator: number, denominator: number): Decimal | null {
  if (denominator === 0) return null;
  return round2(new Dec(numerator).times(HUNDRED).dividedBy(denominator));
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

/** Fixed 2-decimal text as shown to people: `1 → "1.00"`. */
export function fmt2(x: Decimal): string {
  return round2(x).toFixed(2);
}

/** Shortest text of a decimal: `1.50 → "1.5"`, `2 → "2"`. */
export function fmt(x: Decimal): string {
  return new Dec(x).toString();
}
