import { daysFromCivil } from "../../../src/engine/calendar/civil-date";
import {
  buildWorkCalendar,
  builtInCalendarDays,
  builtInCalendarYears,
} from "../../../src/engine/calendar/work-calendar";

const day = (y: number, m: number, d: number) => daysFromCivil(y, m, d);

describe("the working-day calendar", () => {
  const cal = buildWorkCalendar();

  it("treats the 2026 make-up Saturday 02-14 as a working day", () => {
    expect(cal.isWorkingDay(day(2026, 2, 14))).toBe(true);
  });

  it("treats every day of the 2026 Spring Festival holiday 02-15…02-23 as a rest day", () => {
    for (let d = 15; d <= 23; d++) expect(cal.isWorkingDay(day(2026, 2, d))).toBe(false);
    expect(cal.isWorkingDay(day(2026, 2, 24))).toBe(true);
  });

  it("treats an ordinary weekend as rest and an ordinary weekday as work", () => {
    expect(cal.isWorkingDay(day(2026, 3, 7))).toBe(false);
    expect(cal.isWorkingDay(day(2026, 3, 9))).toBe(true);
  });

  it("finds 2026-10-08 as the next working day after 2026-09-30", () => {
    expect(cal.nextWorkingDay(day(2026, 9, 30))).toBe(day(2026, 10, 8));
  });

  it("lets an override win over the built-in data and make its year known", () => {
    const custom = buildWorkCalendar([
      { day: day(2026, 2, 14), working: false, note: "本地调整" },
      { day: day(2030, 1, 2), working: false, note: "" },
    ]);
    expect(custom.isWorkingDay(day(2026, 2, 14))).toBe(false);
    expect(custom.hasYear(2030)).toBe(true);
    expect(cal.hasYear(2030)).toBe(false);
  });

  it("knows every year of the built-in data and falls back to weekdays elsewhere", () => {
    const years = builtInCalendarYears();
    expect(years).toContain(2026);
    expect(years.every((y) => cal.hasYear(y))).toBe(true);
    const unknown = Math.max(...years) + 3;
    expect(cal.hasYear(unknown)).toBe(false);
    expect(cal.isWorkingDay(day(unknown, 1, 1))).toBe(![0, 6].includes(new Date(Date.UTC(unknown, 0, 1)).getUTCDay()));
  });

  it("lists a year's built-in days in date order with their holiday names", () => {
    const days = builtInCalendarDays(2026);
    expect(days[0]).toEqual({ day: day(2026, 1, 1), working: false, note: "元旦" });
    expect(days.find((d) => d.day === day(2026, 2, 14))).toEqual({ day: day(2026, 2, 14), working: true, note: "春节" });
    expect(days.map((d) => d.day)).toEqual([...days.map((d) => d.day)].sort((a, b) => a - b));
  });
});
