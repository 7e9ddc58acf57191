import fc from "fast-check";
import { daysFromCivil } from "../../../src/engine/calendar/civil-date";
import { addClockHours, oneWorkingDayDue } from "../../../src/engine/calendar/due-time";
import { SECONDS_PER_DAY, formatMoment, wallSeconds } from "../../../src/engine/calendar/wall-clock";
import { buildWorkCalendar, type WorkCalendar } from "../../../src/engine/calendar/work-calendar";

const cal = buildWorkCalendar();
const due = (y: number, m: number, d: number, h = 0, mi = 0) => formatMoment(oneWorkingDayDue(wallSeconds(y, m, d, h, mi), cal));

/** Independent reference: walk forward second by second through day boundaries, counting working time. */
function referenceDue(start: number, calendar: WorkCalendar): number {
  let remaining = SECONDS_PER_DAY;
  let t = start;
  for (;;) {
    const dayStart = Math.floor(t / SECONDS_PER_DAY) * SECONDS_PER_DAY;
    const dayEnd = dayStart + SECONDS_PER_DAY;
    if (calendar.isWorkingDay(dayStart / SECONDS_PER_DAY)) {
      if (dayEnd - t >= remaining) return t + remaining;
      remaining -= dayEnd - t;
    }
    t = dayEnd;
  }
}

describe("1 个工作日", () => {
  it("is due 16:00 on the make-up Saturday 2026-02-14 for a Friday 16:00 dispatch", () => {
    expect(due(2026, 2, 13, 16)).toBe("2026-02-14 16:00");
  });

  it("is due 2026-02-24 24:00 for a dispatch on any day of the Spring Festival holiday", () => {
    for (let d = 15; d <= 23; d++) {
      expect(due(2026, 2, d, 0)).toBe("2026-02-25 00:00");
      expect(due(2026, 2, d, 23, 59)).toBe("2026-02-25 00:00");
    }
  });

  it("is due 2026-10-08 15:00 for a dispatch at 2026-09-30 15:00 before National Day", () => {
    expect(due(2026, 9, 30, 15)).toBe("2026-10-08 15:00");
  });

  it("is due 24:00 the same day for a dispatch at 00:00 on a working day", () => {
    expect(due(2026, 3, 5, 0)).toBe("2026-03-06 00:00");
  });

  it("is due on Monday for a Friday dispatch before an ordinary weekend", () => {
    expect(due(2026, 3, 6, 9, 30)).toBe("2026-03-09 09:30");
  });

  it("is due 24:00 of Monday for an ordinary Saturday dispatch", () => {
    expect(due(2026, 3, 7, 10)).toBe("2026-03-10 00:00");
  });

  it("keeps the seconds of the dispatch", () => {
    const start = wallSeconds(2026, 3, 5, 16, 0, 30);
    expect(oneWorkingDayDue(start, cal)).toBe(wallSeconds(2026, 3, 6, 16, 0, 30));
  });

  it("equals the second-by-second reference on random moments of 2024–2026", () => {
    const lo = wallSeconds(2024, 1, 1);
    const hi = wallSeconds(2026, 12, 20);
    fc.assert(
      fc.property(fc.integer({ min: lo, max: hi }), fc.boolean(), (t, midnight) => {
        const start = midnight ? Math.floor(t / SECONDS_PER_DAY) * SECONDS_PER_DAY : t;
        expect(oneWorkingDayDue(start, cal)).toBe(referenceDue(start, cal));
      }),
      { numRuns: 500 },
    );
  });

  it("never falls on a rest day unless it is 24:00 of a working day", () => {
    fc.assert(
      fc.property(fc.integer({ min: wallSeconds(2025, 1, 1), max: wallSeconds(2026, 12, 20) }), (t) => {
        const d = oneWorkingDayDue(t, cal);
        const dueDay = Math.floor(d / SECONDS_PER_DAY);
        const atMidnight = d % SECONDS_PER_DAY === 0;
        expect(cal.isWorkingDay(atMidnight ? dueDay - 1 : dueDay)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("clock hours", () => {
  it("adds natural hours across midnight and rest days", () => {
    expect(formatMoment(addClockHours(wallSeconds(2026, 2, 15, 23), 2))).toBe("2026-02-16 01:00");
    expect(addClockHours(wallSeconds(2026, 3, 5, 8), 12)).toBe(wallSeconds(2026, 3, 5, 20));
  });

  it("computes the same moments whatever the host time zone", () => {
    expect(wallSeconds(2026, 3, 5, 14, 30)).toBe(Date.UTC(2026, 2, 5, 14, 30) / 1000);
    expect(daysFromCivil(2026, 3, 5)).toBe(Date.UTC(2026, 2, 5) / 86400000);
  });
});
