/**
 * Cell values of the ticket and calendar sheets → wall-clock values. A time is an Excel date-time
 * cell (a JS Date from exceljs: a wall-clock value stored as UTC, read with UTC fields), an Excel
 * serial number (1900 date system: days + fraction of a day) or text such as `2026-03-05 14:30`.
 * Never through the host's local time zone. Texts go through `../cells` (trimCell, cellTextAs with
 * dates as `"timestamp"`).
 */
import { daysFromCivil, daysInMonth } from "../../engine/calendar/civil-date";
import { SECONDS_PER_DAY, type WallSeconds } from "../../engine/calendar/wall-clock";
import * as cells from "../cells";

// Bound once at load: under tsx (esbuild) every read of an imported function goes through a getter,
// and these run for about ten cells per row of a 1,048,576-row export (parseTickets ~8% slower).
const { cellTextAs, trimCell } = cells;

/** Serial 25569 is 1970-01-01 in Excel's 1900 date system. */
const EXCEL_SERIAL_1970 = 25569;
/** Accepted serial range: 1970-01-01 … 2099-12-31 (a time cell outside it is a mistake). */
const MIN_SERIAL = EXCEL_SERIAL_1970;
const MAX_SERIAL = 73050;

/** A parsed cell: blank, a value, or not understood (with the text to show in the message). */
export type CellParse<T> = { kind: "blank" } | { kind: "ok"; value: T } | { kind: "bad"; shown: string };

const BLANK = { kind: "blank" } as const;

/** How a cell looks in a message. */
export function shownValue(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "无效日期" : value.toISOString().slice(0, 19).replace("T", " ");
  return cellTextAs(value, "timestamp");
}

/**
 * A date, then optionally a time: `14:30`, `14:30:15`, `14时`, `14时30分`, `14时30分15秒`, `14点30`
 * (after a space or `T`, or straight after `日`). Groups: 1–3 date; 4–6 a time with colons; 7–9 a
 * time with 时/点, 分, 秒.
 */
const TIME_TEXT =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:(?:\s+|T|(?<=日))\s*(?:(\d{1,2})\s*[:：]\s*(\d{1,2})(?:\s*[:：]\s*(\d{1,2})(?:\.\d+)?)?|(\d{1,2})\s*[时点](?:\s*(\d{1,2})\s*分?(?:\s*(\d{1,2})(?:\.\d+)?\s*秒?)?)?))?$/;

/** Full-width digits and punctuation (U+FF01–U+FF5E) as their ASCII forms: `２０２６－０４－０１` → `2026-04-01`. */
function halfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

function fromText(raw: string, dateOnlyAtDayEnd: boolean): WallSeconds | null {
  const m = TIME_TEXT.exec(raw) ?? (/[\uff01-\uff5e]/.test(raw) ? TIME_TEXT.exec(halfWidth(raw)) : null);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const base = daysFromCivil(year, month, day) * SECONDS_PER_DAY;
  const hour = m[4] ?? m[7];
  if (hour === undefined) return dateOnlyAtDayEnd ? base + SECONDS_PER_DAY : base;
  const minute = m[5] ?? m[8];
  const second = m[6] ?? m[9];
  const [h, mi, s] = [Number(hour), minute === undefined ? 0 : Number(minute), second === undefined ? 0 : Number(second)];
  if (mi > 59 || s > 59 || h > 24 || (h === 24 && (mi > 0 || s > 0))) return null;
  return base + h * 3600 + mi * 60 + s;
}

/**
 * A date-time cell as wall-clock seconds. `dateOnlyAtDayEnd`: a text date without a time (e.g. a
 * 办理时限 of `2026-03-10`) means 24:00 of that day; otherwise 00:00.
 * @example parseMomentCell("2026-03-05 14:30") // { kind: "ok", value: wallSeconds(2026, 3, 5, 14, 30) }
 */
export function parseMomentCell(value: unknown, dateOnlyAtDayEnd = false): CellParse<WallSeconds> {
  if (value === null || value === undefined) return BLANK;
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < MIN_SERIAL || value >= MAX_SERIAL + 1) return { kind: "bad", shown: String(value) };
    return { kind: "ok", value: Math.round((value - EXCEL_SERIAL_1970) * SECONDS_PER_DAY) };
  }
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) return { kind: "bad", shown: "无效日期" };
    // exceljs stores the wall clock as UTC: the epoch offset is the wall-clock offset.
    return { kind: "ok", value: Math.round(ms / 1000) };
  }
  if (typeof value === "string") {
    const text = trimCell(value);
    if (text === "") return BLANK;
    const t = fromText(text, dateOnlyAtDayEnd);
    return t === null ? { kind: "bad", shown: text } : { kind: "ok", value: t };
  }
  return { kind: "bad", shown: String(value) };
}

/** A cell read against a table of accepted texts (booleans read as 是/否). */
export function parseChoiceCell<T>(value: unknown, table: Readonly<Record<string, T>>): CellParse<T> {
  const text = typeof value === "boolean" ? (value ? "是" : "否") : cellTextAs(value, "timestamp");
  if (text === "") return BLANK;
  return Object.prototype.hasOwnProperty.call(table, text) ? { kind: "ok", value: table[text] } : { kind: "bad", shown: text };
}

/** A calendar date cell (`2026-10-01`, `2026/10/1`, `2026年10月1日`, date cell, serial) as a day number. */
export function parseDayCell(value: unknown): CellParse<number> {
  if (value === null || value === undefined) return BLANK;
  if (typeof value === "number" && !Number.isInteger(value)) return { kind: "bad", shown: String(value) };
  const parsed = parseMomentCell(value);
  if (parsed.kind !== "ok") return parsed;
  if (parsed.value % SECONDS_PER_DAY !== 0) return { kind: "bad", shown: shownValue(value) };
  return { kind: "ok", value: parsed.value / SECONDS_PER_DAY };
}
