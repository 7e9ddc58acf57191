/**
 * Date cells as Office returns them: `range.values` gives a date as its serial number and
 * `range.numberFormat` tells a date from a bare number. The grid convention (every host): a number
 * in a date number format arrives as a `Date` whose UTC fields are the wall-clock date and time; a
 * bare number stays a number. Serials count days from day 0 of the workbook's date system.
 */

/** Day 0 of the 1900 date system (for serials from 1900-03-01 on) and of the 1904 date system. */
const EPOCH_1900_MS = Date.UTC(1899, 11, 30);
const EPOCH_1904_MS = Date.UTC(1904, 0, 1);
const DAY_MS = 86_400_000;

/** DATE(2026, 3, 1) in each date system: how the host tells which one a workbook uses. */
export const PROBE_DATE = { year: 2026, month: 3, day: 1 } as const;
export const PROBE_SERIAL_1900 = 46082;
export const PROBE_SERIAL_1904 = 46082 - 1462;

/**
 * Whether a number format shows a date or a time: a y, m, d, h or s code (or 年月日时分秒) outside
 * quoted text, escaped characters and bracketed colours or locales (`[$-804]`, `[红色]`).
 * @example isDateFormat("yyyy-mm") // true
 * @example isDateFormat('0.00"分"') // false
 */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== "string" || format === "" || format === "General" || format === "@") return false;
  const bare = format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[(h+|m+|s+)\]/gi, "h")
    .replace(/\[[^\]]*\]/g, "");
  return /[ymdhs年月日时分秒]/i.test(bare);
}

/** The wall-clock moment of a serial as a Date whose UTC fields are that moment. */
export function serialToDate(serial: number, date1904: boolean): Date {
  return new Date((date1904 ? EPOCH_1904_MS : EPOCH_1900_MS) + Math.round(serial * DAY_MS));
}

/** A cell as the grids hold it: a number in a date format becomes a Date, "" becomes null. */
export function gridCell(value: unknown, format: unknown, date1904: boolean): unknown {
  if (value === "") return null;
  if (typeof value === "number" && isDateFormat(format)) return serialToDate(value, date1904);
  return value;
}
