/**
 * The rules Excel applies that the fake must model so tests can fail: sheet names, table names,
 * and how a string written to `range.values` is typed (formula, number, date, boolean, text).
 */
import { parseRect } from "./cell-address";

const ILLEGAL_SHEET_CHARS = /[:\\/?*[\]]/;

/**
 * Why Excel refuses this sheet name, or null when it accepts it. Names compare case-insensitively.
 * Rules of Microsoft Support, Rename a worksheet (at most 31 characters; none of : \ / ? * [ ];
 * not blank; not beginning or ending with an apostrophe; not "History"):
 * https://support.microsoft.com/en-us/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9
 * @example sheetNameError("a/b", []) // "工作表名称不能包含 : \\ / ? * [ ]"
 */
export function sheetNameError(name: unknown, others: readonly string[]): string | null {
  if (typeof name !== "string" || name.length === 0) return "工作表名称不能为空";
  if (name.length > 31) return `工作表名称“${name}”超过31个字符`;
  if (ILLEGAL_SHEET_CHARS.test(name)) return "工作表名称不能包含 : \\ / ? * [ ]";
  if (name.startsWith("'") || name.endsWith("'")) return "工作表名称不能以单引号开头或结尾";
  if (name.toLowerCase() === "history") return "History 是 Excel 保留的工作表名称";
  const lower = name.toLowerCase();
  if (others.some((o) => o.toLowerCase() === lower)) return `已存在名为“${name}”的工作表`;
  return null;
}

/**
 * Why Excel refuses this table name, or null: a letter, `_` or `\` first, then letters, digits,
 * `.` and `_`; not a cell reference; at most 255 characters; unique in the workbook.
 */
export function tableNameError(name: unknown, others: readonly string[]): string | null {
  if (typeof name !== "string" || name.length === 0 || name.length > 255) return "表名称长度须为1到255个字符";
  if (!/^[\p{L}_\\][\p{L}\p{N}._]*$/u.test(name)) return `表名称“${name}”含有不允许的字符`;
  if (parseRect(name) !== null || /^[Rr]\d*[Cc]\d*$/.test(name)) return `表名称“${name}”与单元格引用相同`;
  const lower = name.toLowerCase();
  if (others.some((o) => o.toLowerCase() === lower)) return `已存在名为“${name}”的表`;
  return null;
}

export type CellScalar = string | number | boolean;

/** What a cell holds after a write: its value, and the formula when the text became one. */
export interface TypedEntry {
  value: CellScalar;
  formula: string | null;
  /** A number format Excel applies on its own (dates typed as text get one). */
  autoFormat: string | null;
}

const NUMERIC = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?$/;
const YEAR_MONTH = /^(\d{4})[-/](\d{1,2})$/;
const YEAR_MONTH_DAY = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;

/** Excel's serial day number of a date (1900 date system, 1900-03-01 and later). */
export function dateSerial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

function dateLike(text: string): number | null {
  let m = YEAR_MONTH.exec(text);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return dateSerial(Number(m[1]), Number(m[2]), 1);
  m = YEAR_MONTH_DAY.exec(text);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[3]) >= 1 && Number(m[3]) <= 31) {
    return dateSerial(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  return null;
}

/**
 * How Excel types a value written through `range.values` into a cell of that number format.
 * Only a cell formatted as text (`@`) keeps a string as written; otherwise `=…` (and `+…`/`-…`
 * that is not a number) becomes a formula, numeric text a number, `2026-03` a date, `TRUE` a boolean.
 * A leading apostrophe forces text and is not shown.
 */
export function typeWrittenValue(value: CellScalar, numberFormat: string): TypedEntry {
  const plain = (v: CellScalar): TypedEntry => ({ value: v, formula: null, autoFormat: null });
  if (typeof value !== "string" || numberFormat === "@" || value === "") return plain(value);
  if (value.startsWith("'")) return plain(value.slice(1));
  const t = value.trim();
  if (NUMERIC.test(t)) {
    const pct = t.endsWith("%");
    const n = Number(pct ? t.slice(0, -1) : t);
    return { value: pct ? n / 100 : n, formula: null, autoFormat: pct ? "0%" : null };
  }
  if (value.length > 1 && (value.startsWith("=") || value.startsWith("+") || value.startsWith("-"))) {
    const formula = value.startsWith("=") ? value : `=${value}`;
    // The fake does not evaluate formulas: a formula cell shows an error value.
    return { value: "#NAME?", formula, autoFormat: null };
  }
  const serial = dateLike(t);
  if (serial !== null) return { value: serial, formula: null, autoFormat: YEAR_MONTH.test(t) ? "yyyy-mm" : "yyyy/m/d" };
  if (/^(true|false)$/i.test(t)) return plain(t.toLowerCase() === "true");
  return plain(value);
}
