/**
 * Time limits of the policy as wall-clock due moments. Every limit is inclusive: an event at the
 * due moment is on time (`event <= due`).
 */
import type { WorkCalendar } from "./work-calendar";
import { SECONDS_PER_DAY, SECONDS_PER_HOUR, type WallSeconds } from "./wall-clock";

/** `start` plus natural clock hours (派单 within 12 h / 2 h, urgent 签收 within 2 h). */
export function addClockHours(start: WallSeconds, hours: number): WallSeconds {
  return start + hours * SECONDS_PER_HOUR;
}

/**
 * Due moment of "1 个工作日" from `start`: 24 hours of working-day time. On a working day at
 * 16:00 → 16:00 of the next working day; at 00:00 on a working day → 24:00 the same day; on a
 * rest day → 24:00 of the first working day after it ("24:00" is 00:00 of the following day).
 * @example oneWorkingDayDue(wallSeconds(2026, 9, 30, 15), cal) // wallSeconds(2026, 10, 8, 15)
 */
export function oneWorkingDayDue(start: WallSeconds, calendar: WorkCalendar): WallSeconds {
  const day = Math.floor(start / SECONDS_PER_DAY);
  const timeOfDay = start - day * SECONDS_PER_DAY;
  if (!calendar.isWorkingDay(day)) return (calendar.nextWorkingDay(day) + 1) * SECONDS_PER_DAY;
  if (timeOfDay === 0) return (day + 1) * SECONDS_PER_DAY;
  return calendar.nextWorkingDay(day) * SECONDS_PER_DAY + timeOfDay;
}
