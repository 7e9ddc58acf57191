import fc from "fast-check";
import {
  civilFromDays,
  dayOfWeek,
  daysFromCivil,
  daysInMonth,
  formatDay,
  monthOfDay,
  parseIsoDay,
} from "../../../src/engine/calendar/civil-date";

describe("civil dates as day numbers", () => {
  it("counts 1970-01-01 as day 0 and 2026-02-14 as day 20498", () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    // 56 years of 365 days plus 14 leap days (1972…2024), then 31 + 13 days into 2026.
    expect(daysFromCivil(2026, 2, 14)).toBe(56 * 365 + 14 + 31 + 13);
  });

  it("gives back the same civil date for every day number it produces", () => {
    fc.assert(
      fc.property(fc.integer({ min: -200000, max: 200000 }), (n) => {
        const c = civilFromDays(n);
        expect(daysFromCivil(c.year, c.month, c.day)).toBe(n);
        expect(c.day).toBeLessThanOrEqual(daysInMonth(c.year, c.month));
      }),
    );
  });

  it("knows 2026-02-13 is a Friday and 2026-02-14 a Saturday", () => {
    expect(dayOfWeek(daysFromCivil(2026, 2, 13))).toBe(5);
    expect(dayOfWeek(daysFromCivil(2026, 2, 14))).toBe(6);
    expect(dayOfWeek(daysFromCivil(1969, 12, 28))).toBe(0);
  });

  it("formats days and months with zero padding", () => {
    expect(formatDay(daysFromCivil(2026, 3, 5))).toBe("2026-03-05");
    expect(monthOfDay(daysFromCivil(2026, 12, 31))).toBe("2026-12");
  });

  it("parses strict YYYY-MM-DD and rejects days that do not exist", () => {
    expect(parseIsoDay("2024-02-29")).toBe(daysFromCivil(2024, 2, 29));
    expect(parseIsoDay("2026-02-29")).toBeNull();
    expect(parseIsoDay("2026-2-1")).toBeNull();
  });
});
