/** Month and year of wall-clock moments, cached per day (a million rows share a few hundred days). */
import { civilFromDays, monthOfDay } from "../../engine/calendar/civil-date";
import { dayOfMoment, type WallSeconds } from "../../engine/calendar/wall-clock";
import type { Month } from "../../engine/types";

/** Year of a moment, cached per day. */
export function yearCache(): (t: WallSeconds) => number {
  const cache = new Map<number, number>();
  return (t) => {
    const day = dayOfMoment(t);
    let y = cache.get(day);
    if (y === undefined) {
      y = civilFromDays(day).year;
      cache.set(day, y);
    }
    return y;
  };
}

/** `YYYY-MM` of a moment, cached per day (a million rows share a few hundred days). */
export function monthCache(): (t: WallSeconds) => Month {
  const cache = new Map<number, Month>();
  return (t) => {
    const day = dayOfMoment(t);
    let m = cache.get(day);
    if (m === undefined) {
      m = monthOfDay(day);
      cache.set(day, m);
    }
    return m;
  };
}
