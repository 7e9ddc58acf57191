import fc from "fast-check";
import { cachedParser, monthParser } from "../../src/workbook/cell-cache";
import { parseDecimalIn, parseMonthCell } from "../../src/workbook/cells";

/** Cells as hosts hand them over, with the repeats a sheet has: the same text, equal dates as different objects. */
const cell: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom("2026-03", " 2026-3 ", "2026年3月", "2026/03", "2099-12", "2026-13", "1.5", " 2.50 ", "3", "３", "", "\u3000", "-0"),
  fc.constantFrom(null, undefined, true, false, 0, -0, 1, 1.5, 2.5, 3, 3.5, 46082, Number.NaN, Infinity),
  fc.integer({ min: 2026 * 12, max: 2026 * 12 + 3 }).map((m) => new Date(Date.UTC(Math.floor(m / 12), m % 12, 1))),
  fc.date({ noInvalidDate: false }),
  fc.string({ maxLength: 8 }),
  fc.double(),
);

describe("cell parsers for a whole sheet", () => {
  it("monthParser answers exactly as parseMonthCell, however often a value repeats", () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 40 }), (cells) => {
        const month = monthParser();
        for (const value of [...cells, ...cells]) expect(month(value)).toEqual(parseMonthCell(value));
      }),
    );
  });

  it("a cached decimal parser answers exactly as parseDecimalIn", () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 40 }), (cells) => {
        const points = cachedParser((v) => parseDecimalIn(v, "1", "3"));
        for (const value of [...cells, ...cells]) expect(points(value)).toEqual(parseDecimalIn(value, "1", "3"));
      }),
    );
  });

  it("reads a date by its time value: two Date objects of one day give one month", () => {
    const month = monthParser();
    expect(month(new Date(Date.UTC(2026, 2, 5)))).toEqual({ ok: true, value: "2026-03" });
    expect(month(new Date(Date.UTC(2026, 2, 5)))).toEqual({ ok: true, value: "2026-03" });
    expect(month(new Date(Date.UTC(2026, 3, 5)))).toEqual({ ok: true, value: "2026-04" });
    expect(month(new Date(Number.NaN)).ok).toBe(false);
  });
});
