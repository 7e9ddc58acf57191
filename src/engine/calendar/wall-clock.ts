/**
 * Wall-clock moments as whole seconds since 1970-01-01 00:00 *wall clock* (no time zone involved).
 * Seconds, not minutes, because platform exports carry seconds and "an event exactly at the limit
 * is on time" needs exact integer comparison (16:00:30 is after a 16:00 limit).
 */
import { civilFromDays, daysFromCivil, formatDay } from "./civil-date";

/** Seconds since 1970-01-01 00:00 wall clock. */
export type WallSeconds = number;

export const SECONDS_PER_HOUR = 3600;
export const SECONDS_PER_DAY = 86400;

/** Wall-clock moment from its fields; hour 24 with 0 minutes is 00:00 of the next day. */
export function wallSeconds(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): WallSeconds {
  return daysFromCivil(year, month, day) * SECONDS_PER_DAY + hour * SECONDS_PER_HOUR + minute * 60 + second;
}

/** Day number (days since 1970-01-01) of a moment. */
export function dayOfMoment(t: WallSeconds): number {
  return Math.floor(t / SECONDS_PER_DAY);
}

/** Year of a moment. */
export function yearOfMoment(t: WallSeconds): number {
  return civilFromDays(dayOfMoment(t)).year;
}

/**
 * Text of a moment for messages: `2026-03-05 14:30`, seconds shown only when not zero.
 * @example formatMoment(wallSeconds(2026, 2, 24, 24)) // "2026-02-25 00:00"
 */
export function formatMoment(t: WallSeconds): string {
  const day = dayOfMoment(t);
  const rest = t - day * SECONDS_PER_DAY;
  const h = Math.floor(rest / SECONDS_PER_HOUR);
  const m = Math.floor((rest % SECONDS_PER_HOUR) / 60);
  const s = rest % 60;
  const hm = `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
  return `${formatDay(day)} ${hm}${s ? `:${String(s).padStart(2, "0")}` : ""}`;
}
