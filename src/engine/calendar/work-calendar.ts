/**
 * China's working-day calendar: Monday–Friday work, Saturday and Sunday rest, changed by the
 * statutory holidays and make-up working days compiled from chinese-days, and by the user's
 * `节假日` overrides (which win). Pure: day numbers in, booleans out.
 */
import type { CalendarDay, CalendarYearData } from "./calendar-types";
import { civilFromDays, dayOfWeek, parseIsoDay } from "./civil-date";
import { CN_CALENDAR } from "./cn-calendar-data";

export interface WorkCalendar {
  /** True when the day (days since 1970-01-01) is a working day. */
  isWorkingDay(day: number): boolean;
  /** The first working day strictly after `day`. */
  nextWorkingDay(day: number): number;
  /** True when the year has calendar data (built in or from the overrides). */
  hasYear(year: number): boolean;
}

/** The built-in calendar entries of a year, in date order (empty when the year is not known). */
export function builtInCalendarDays(
  year: number,
  data: Readonly<Record<number, CalendarYearData>> = CN_CALENDAR,
): CalendarDay[] {
  const y = data[year];
  if (!y) return [];
  const out: CalendarDay[] = [];
  const add = (groups: CalendarYearData["rest"], working: boolean) => {
    for (const [note, dates] of Object.entries(groups)) {
      for (const date of dates) {
        const day = parseIsoDay(date);
        if (day !== null) out.push({ day, working, note });
      }
    }
  };
  add(y.rest, false);
  add(y.work, true);
  return out.sort((a, b) => a.day - b.day);
}

/** Years present in the built-in calendar data, ascending. */
export function builtInCalendarYears(data: Readonly<Record<number, CalendarYearData>> = CN_CALENDAR): number[] {
  return Object.keys(data)
    .map(Number)
    .sort((a, b) => a - b);
}

/**
 * Builds the calendar from the built-in data plus overrides (later entries win over earlier ones,
 * overrides over the built-in data). A year counts as known when either source has a day in it.
 * @example buildWorkCalendar().isWorkingDay(daysFromCivil(2026, 2, 14)) // true (调休 Saturday)
 */
export function buildWorkCalendar(
  overrides: readonly CalendarDay[] = [],
  data: Readonly<Record<number, CalendarYearData>> = CN_CALENDAR,
): WorkCalendar {
  const explicit = new Map<number, boolean>();
  const years = new Set<number>();
  for (const year of builtInCalendarYears(data)) {
    years.add(year);
    for (const d of builtInCalendarDays(year, data)) explicit.set(d.day, d.working);
  }
  for (const d of overrides) {
    explicit.set(d.day, d.working);
    years.add(civilFromDays(d.day).year);
  }
  const isWorkingDay = (day: number): boolean => {
    const v = explicit.get(day);
    if (v !== undefined) return v;
    const w = dayOfWeek(day);
    return w !== 0 && w !== 6;
  };
  const nextCache = new Map<number, number>();
  // Terminates: explicit days are finite, and outside them every week has working days.
  const nextWorkingDay = (day: number): number => {
    const cached = nextCache.get(day);
    if (cached !== undefined) return cached;
    let d = day + 1;
    while (!isWorkingDay(d)) d++;
    nextCache.set(day, d);
    return d;
  };
  return { isWorkingDay, nextWorkingDay, hasYear: (year) => years.has(year) };
}
