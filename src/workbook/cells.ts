/**
 * Cell values as hosts hand them over (string, number, boolean, Date, null/undefined) →
 * typed values. Nothing here throws: a value that does not fit comes back as `ok: false`.
 */
import { Dec } from "../engine/decimal";
import { monthOf } from "../engine/period";
import type { Month } from "../engine/types";

export type CellResult<T> = { ok: true; value: T } | { ok: false };

const FAIL = { ok: false } as const;
const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });

/** Years a 月份 may fall in; keeps a stray count (e.g. 372) from reading as a 1901 date serial. */
export const MONTH_YEARS = { first: 2000, last: 2099 } as const;

/** Day 0 of Excel's 1900 date system as used for serials after 1900-02-28 (the fake 1900-02-29 included). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * Leading/trailing white space as JavaScript's `\s` knows it (ASCII spaces, tabs and line breaks,
 * no-break and other Unicode spaces), full-width spaces (U+3000) and zero-width no-break spaces.
 */
const EDGE_SPACE = /^[\s\u3000\ufeff]+|[\s\u3000\ufeff]+$/g;

/**
 * True for every code unit EDGE_SPACE trims (and for the other ASCII control characters, which
 * only send the text down the exact path). Checked first: ordinary text costs two comparisons.
 */
function mayBeEdgeSpace(code: number): boolean {
  if (code <= 0x20) return true;
  if (code < 0xa0) return false;
  // Chinese text (U+4E00…) is decided here too, in two more comparisons.
  if (code >= 0x3000) return code === 0x3000 || code === 0xfeff;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f
  );
}

/**
 * Text without leading/trailing spaces: ASCII and Unicode white space, full-width spaces (U+3000)
 * and zero-width no-break spaces (U+FEFF).
 * @example trimCell("\u3000 长春市 ") // "长春市"
 */
export function trimCell(text: string): string {
  // Fast path: most cells have nothing to trim (a million-row export calls this tens of millions of times).
  if (text.length === 0 || (!mayBeEdgeSpace(text.charCodeAt(0)) && !mayBeEdgeSpace(text.charCodeAt(text.length - 1)))) {
    return text;
  }
  return text.replace(EDGE_SPACE, "");
}

/**
 * How a date cell reads as text: `"day"` as `YYYY-MM-DD` (the contract sheets, whose dates are
 * days); `"timestamp"` as the full ISO text `2026-03-05T14:30:00.000Z` (the ticket export, where
 * two date-time cells of the same day stay two different texts).
 */
export type DateText = "day" | "timestamp";

/**
 * Text of a cell, trimmed (also of full-width spaces), dates written as `dates` says; "" for a
 * blank cell or an invalid date. Never throws.
 * @example cellTextAs(new Date(Date.UTC(2026, 2, 5, 14, 30)), "timestamp") // "2026-03-05T14:30:00.000Z"
 */
export function cellTextAs(value: unknown, dates: DateText): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return trimCell(value);
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return "";
    return dates === "day" ? isoDate(value) : value.toISOString();
  }
  // A number that is not finite (no workbook cell holds one, but a host could hand one over) reads as
  // Excel's own error text for it, never as "NaN"/"Infinity" in a message.
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "#NUM!";
  if (typeof value === "boolean") return String(value);
  try {
    return trimCell(String(value));
  } catch {
    return "";
  }
}

/**
 * Text of a cell, trimmed (also of full-width spaces), a date as its day `YYYY-MM-DD`; "" for a
 * blank cell. One argument only, so it can be handed to `map`.
 * @example cellText("\u3000 长春市 ") // "长春市"
 */
export function cellText(value: unknown): string {
  return cellTextAs(value, "day");
}

/** True for null, undefined and text that is empty once trimmed. */
export function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === "string") return trimCell(value) === "";
  return false;
}

/** True when every cell of the row is blank (or the row is missing altogether). */
export function isBlankRow(row: unknown): boolean {
  if (!Array.isArray(row)) return true;
  for (let c = 0; c < row.length; c++) if (!isBlank(row[c])) return false;
  return true;
}

/**
 * A cell as quoted in a message: text in Chinese quotes, numbers bare, dates as `日期YYYY-MM-DD`.
 * @example describeCell(" abc ") // "“abc”"
 */
export function describeCell(value: unknown): string {
  if (value === null || value === undefined) return "空";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "无效数字";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "无效日期" : `日期${isoDate(value)}`;
  return `“${cellText(value)}”`;
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function monthIn(year: number, month: number): CellResult<Month> {
  if (month < 1 || month > 12 || year < MONTH_YEARS.first || year > MONTH_YEARS.last) return FAIL;
  return ok(monthOf(year, month));
}

/** Month of a JS date, read from its UTC fields (exceljs gives date cells at UTC midnight). */
function monthOfDate(date: Date): CellResult<Month> {
  if (Number.isNaN(date.getTime())) return FAIL;
  return monthIn(date.getUTCFullYear(), date.getUTCMonth() + 1);
}

const MONTH_TEXT = /^(\d{4})(?:[-/](\d{1,2})|年(\d{1,2})月)$/;

/**
 * A 月份 cell: text `2026-03`, `2026-3`, `2026年3月`, `2026/03`…, or a Date (any day of the month;
 * hosts hand every date cell over as a Date, ISO `t="d"` cells included). A bare number is not a
 * month (WORKBOOK.md: a number counts as a month only where the cell holds a date): 45992 fails.
 * @example parseMonthCell(new Date(Date.UTC(2026, 2, 1))) // { ok: true, value: "2026-03" }
 */
export function parseMonthCell(value: unknown): CellResult<Month> {
  if (value instanceof Date) return monthOfDate(value);
  if (typeof value !== "string") return FAIL;
  const m = MONTH_TEXT.exec(cellText(value));
  if (!m) return FAIL;
  return monthIn(Number(m[1]), Number(m[2] ?? m[3]));
}

/**
 * The month of an Excel 1900-system date serial, for hosts that read raw cell values where any
 * month will do (e.g. which years a calendar template should cover); never for 月份 validation.
 * @example monthOfSerial(46082) // { ok: true, value: "2026-03" }
 */
export function monthOfSerial(value: number): CellResult<Month> {
  if (!Number.isFinite(value)) return FAIL;
  return monthOfDate(new Date(EXCEL_EPOCH_MS + Math.floor(value) * DAY_MS));
}

/**
 * A whole number ≥ `min`, as a number cell or numeric text (`" 372 "`); blank is not handled here.
 * @example parseWholeNumber("372", 0) // { ok: true, value: 372 }
 */
export function parseWholeNumber(value: unknown, min: number): CellResult<number> {
  const n = wholeNumberAtLeast(value, min);
  return n === null ? FAIL : ok(n);
}

/**
 * parseWholeNumber without a result object: the number, or null when the cell is not a whole number
 * ≥ `min` (for loops over many cells).
 * @example wholeNumberAtLeast(" 372 ", 0) // 372
 */
export function wholeNumberAtLeast(value: unknown, min: number): number | null {
  let n: number;
  if (typeof value === "number") n = value;
  else if (typeof value === "string" && /^\+?\d+$/.test(cellText(value))) n = Number(cellText(value));
  else return null;
  if (!Number.isSafeInteger(n) || n < min) return null;
  return n + 0; // + 0 turns -0 into 0
}

/**
 * True for a whole number too large to be a count: above 2^53 − 1 (Number.MAX_SAFE_INTEGER), as a
 * number cell (1e20, 1e308, Infinity) or as digit text (`"100000000000000000000"`).
 * @example isTooLargeWhole("100000000000000000000") // true
 */
export function isTooLargeWhole(value: unknown): boolean {
  if (typeof value === "number") return value === Infinity || (Number.isInteger(value) && value > Number.MAX_SAFE_INTEGER);
  if (typeof value !== "string") return false;
  const text = cellText(value);
  return /^\+?\d+$/.test(text) && Number(text) > Number.MAX_SAFE_INTEGER;
}

/**
 * A decimal number from `lo` to `hi` as its exact decimal text (number cell or text), e.g. 分值 1.5.
 * @example parseDecimalIn("1.5", "1", "3") // { ok: true, value: "1.5" }
 */
export function parseDecimalIn(value: unknown, lo: string, hi: string): CellResult<string> {
  if (typeof value !== "number" && typeof value !== "string") return FAIL;
  const text = typeof value === "number" ? String(value) : cellText(value);
  if (!/^\d+(\.\d+)?$/.test(text)) return FAIL;
  const x = new Dec(text);
  if (x.lessThan(lo) || x.greaterThan(hi)) return FAIL;
  return ok(text);
}
