/**
 * num (result-json.ts) turns a Decimal into the same double as Decimal#toNumber — its fast path
 * (at most 14 digits, scale within 10^±22) and its fallback alike, -0 included.
 */
import fc from "fast-check";
import Decimal from "decimal.js";
import { num } from "../../src/workbook/result-json";

const decimalText = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.integer({ min: 0, max: 25 }), fc.integer({ min: -30, max: 30 }))
  .map(([negative, digits, places, exponent]) => {
    const text = digits.toString().padStart(places + 1, "0");
    const mantissa = places ? `${text.slice(0, -places)}.${text.slice(-places)}` : text;
    return `${negative ? "-" : ""}${mantissa}e${exponent}`;
  });

describe("num", () => {
  it("equals toNumber on any decimal (short or long, tiny or huge)", () => {
    fc.assert(
      fc.property(decimalText, (text) => {
        const d = new Decimal(text);
        expect(Object.is(num(d), d.toNumber())).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it.each(["0", "-0", "95.37", "0.1", "1234567.1234567", "99999999999999", "1e22", "1e-22", "1e23", "123456789012345678", "NaN", "Infinity", "-Infinity"])("%s", (text) => {
    const d = new Decimal(text);
    expect(Object.is(num(d), d.toNumber())).toBe(true);
  });
});
