import { dayOfMoment, formatMoment, wallSeconds, yearOfMoment } from "../../../src/engine/calendar/wall-clock";

describe("wall-clock moments", () => {
  it("reads 24:00 as 00:00 of the next day", () => {
    expect(wallSeconds(2026, 2, 24, 24)).toBe(wallSeconds(2026, 2, 25, 0));
    expect(formatMoment(wallSeconds(2026, 12, 31, 24))).toBe("2027-01-01 00:00");
  });

  it("shows seconds only when they are not zero", () => {
    expect(formatMoment(wallSeconds(2026, 3, 5, 14, 30))).toBe("2026-03-05 14:30");
    expect(formatMoment(wallSeconds(2026, 3, 5, 14, 30, 7))).toBe("2026-03-05 14:30:07");
  });

  it("gives the day and year of a moment", () => {
    const t = wallSeconds(2026, 1, 1, 0, 0, 1);
    expect(yearOfMoment(t)).toBe(2026);
    expect(yearOfMoment(t - 2)).toBe(2025);
    expect(dayOfMoment(t)).toBe(dayOfMoment(wallSeconds(2026, 1, 1)));
  });
});
