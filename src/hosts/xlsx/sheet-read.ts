/**
 * Cell values of one worksheet part, as the grid convention of every host: `grid[r][c]` is the cell
 * at 0-based sheet row r and column c (empty rows stay as empty arrays), values are string, number,
 * boolean, Date (a date type or a date-formatted number: UTC fields = wall clock) or null.
 * A formula gives its cached value, or its own text (`=SUM(C2:C9)`) when it has none.
 */
import { a1, columnLetters } from "../../workbook/problem";
import { decodeEscapes } from "./package-parts";
import { digitsIn, EOF, OPEN, TEXT, XmlError, XmlReader } from "./xml-reader";

export interface SheetContext {
  sharedStrings: readonly string[] | null;
  dateStyles: readonly boolean[];
  date1904: boolean;
}

const MAX_ROW = 1048576;
const MAX_COL = 16384;

/** `C12` → [row 11, col 2] (0-based). @throws XmlError beyond XFD1048576 or when malformed. */
export function parseCellRef(ref: string): [number, number] {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  const row = Number(ref.slice(i));
  if (i === 0 || i > 3 || !Number.isInteger(row) || row < 1 || ref.slice(i).trim() !== ref.slice(i)) throw new XmlError(`单元格引用 ${ref} 格式错误`);
  if (col > MAX_COL || row > MAX_ROW) throw new XmlError(`单元格引用 ${ref} 超出 Excel 的范围（最大 XFD1048576）`);
  return [row - 1, col - 1];
}

/** Excel serial → Date whose UTC fields are the wall clock (as exceljs does). */
export function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial + (date1904 ? 1462 : 0) - 25569) * 86400000));
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?\d*)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/** An ISO 8601 date of a `t="d"` cell as a Date with its wall-clock fields in UTC; the text itself when not a date. */
export function isoDate(text: string): Date | string {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return text;
  const [, y, mo, d, h, mi, s, ms] = m;
  return new Date(Date.UTC(+y, +mo - 1, +d, +(h ?? 0), +(mi ?? 0), +(s ?? 0), ms ? +ms.padEnd(3, "0") : 0));
}

/** A shared formula shifted from its master cell to another cell (relative references only). */
export function shiftFormula(formula: string, rowShift: number, colShift: number): string {
  // Strings are left alone; a reference is letters+digits not followed by `(` (a function such as LOG10()).
  return formula.replace(/("[^"]*")|(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_])/g, (whole, str, colAbs, letters, rowAbs, digits, offset: number, all: string) => {
    if (str) return str;
    const before = offset > 0 ? all[offset - 1] : "";
    if (/[A-Za-z_.\d]/.test(before)) return whole;
    let col = 0;
    for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
    const newCol = colAbs ? col - 1 : col - 1 + colShift;
    const newRow = rowAbs ? Number(digits) : Number(digits) + rowShift;
    if (newCol < 0 || newRow < 1) return whole;
    return `${colAbs}${columnLetters(newCol)}${rowAbs}${newRow}`;
  });
}

interface CellState {
  row: number;
  col: number;
  type: string;
  style: number;
  value: string | null;
  formula: string | null;
  sharedIndex: string | null;
  inline: string | null;
  /** A value of plain digits (the usual number or shared string index) without its text: value is null, the span says where. */
  digits: number;
  valueStart: number;
  valueEnd: number;
}

/** What the text being read belongs to. */
const NONE = 0;
const VALUE = 1;
const FORMULA = 2;
const INLINE = 3;

/** The 0-based row of a `<row>`: its `r`, or the row after the previous one. */
function rowIndex(reader: XmlReader, previous: number): number {
  const i = reader.attrIndex("r");
  const digits = i < 0 ? -1 : reader.attrDigits(i);
  const row = i < 0 ? previous + 1 : (digits >= 0 ? digits : Number(reader.attrValue(i))) - 1;
  if (!Number.isInteger(row) || row < 0 || row >= MAX_ROW) throw new XmlError(`行号 ${i < 0 ? undefined : reader.attrValue(i)} 超出 Excel 的范围（最大 1048576）`);
  return row;
}

/**
 * A cell reference `xml[start, end)` as row × MAX_COL + col when it is plainly 1–3 letters and 1–7
 * digits within Excel's range; -1 otherwise (parseCellRef then decides, with its message).
 */
function plainCellRef(xml: string, start: number, end: number): number {
  let col = 0;
  let i = start;
  for (; i < end && i - start < 4; i++) {
    const c = xml.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  if (i === start || i - start > 3 || end - i > 7) return -1;
  const row = digitsIn(xml, i, end);
  if (row < 1 || row > MAX_ROW || col > MAX_COL) return -1;
  return (row - 1) * MAX_COL + (col - 1);
}

/** The cell style index of `s` (0 when absent). */
function styleIndex(reader: XmlReader): number {
  const i = reader.attrIndex("s");
  if (i < 0) return 0;
  const digits = reader.attrDigits(i);
  return digits >= 0 ? digits : Number(reader.attrValue(i));
}

/**
 * Reads a worksheet's cells. With `onlyA1`, stops at the first cell after A1 (for sheets we only
 * list). Merged areas are filled with their top-left value (within the sheet's used range).
 * @throws XmlError when the XML is malformed, a reference is out of range or a shared string is missing.
 */
export function readSheet(xml: string, ctx: SheetContext, onlyA1 = false): unknown[][] {
  const reader = new XmlReader(xml);
  const grid: unknown[][] = [];
  const merges: string[] = [];
  const masters = new Map<string, { formula: string; row: number; col: number }>();
  const cell: CellState = { row: 0, col: 0, type: "n", style: 0, value: null, formula: null, sharedIndex: null, inline: null, digits: -1, valueStart: 0, valueEnd: 0 };
  let inCell = false;
  let row = -1;
  let col = -1;
  let capture = NONE;
  let phonetic = 0;
  let text = "";
  /** The value read so far when it is one plain text of digits (text stays ""), else -1. */
  let digits = -1;
  let maxCol = -1;

  scan: for (let token = reader.next(); token !== EOF; token = reader.next()) {
    if (token === TEXT) {
      if (capture === VALUE && text === "" && digits < 0 && reader.plainText) {
        digits = digitsIn(xml, reader.textStart, reader.textEnd);
        if (digits >= 0) {
          cell.valueStart = reader.textStart;
          cell.valueEnd = reader.textEnd;
        } else text = reader.text();
      } else if (capture !== NONE) {
        if (digits >= 0) text = xml.slice(cell.valueStart, cell.valueEnd);
        digits = -1;
        text += reader.text();
      }
    } else if (token === OPEN) {
      switch (reader.local) {
        case "row":
          row = rowIndex(reader, row);
          col = -1;
          if (onlyA1 && row > 0) break scan;
          break;
        case "c": {
          const r = reader.attrIndex("r");
          if (r >= 0) {
            const ref = plainCellRef(xml, reader.attrStart(r), reader.attrEnd(r));
            if (ref >= 0) {
              row = Math.floor(ref / MAX_COL);
              col = ref - row * MAX_COL;
            } else [row, col] = parseCellRef(reader.attrValue(r));
          } else col += 1;
          if (onlyA1 && (row > 0 || col > 0)) break scan;
          inCell = true;
          cell.row = row;
          cell.col = col;
          cell.type = reader.attr("t") ?? "n";
          cell.style = styleIndex(reader);
          cell.value = cell.formula = cell.sharedIndex = cell.inline = null;
          cell.digits = -1;
          break;
        }
        case "v":
          capture = VALUE;
          text = "";
          digits = -1;
          break;
        case "f":
          capture = FORMULA;
          text = "";
          if (inCell && reader.attr("t") === "shared") {
            const si = reader.attr("si");
            if (si !== undefined) cell.sharedIndex = si;
          }
          break;
        case "is":
          if (inCell) cell.inline = "";
          break;
        case "rPh":
          phonetic++;
          break;
        case "t":
          if (inCell && cell.inline !== null && phonetic === 0) {
            capture = INLINE;
            text = "";
          }
          break;
        case "mergeCell": {
          const ref = reader.attr("ref");
          if (ref) merges.push(ref);
          break;
        }
      }
    } else {
      switch (reader.local) {
        case "v":
          if (inCell && capture === VALUE) {
            cell.digits = digits;
            cell.value = digits >= 0 ? null : text;
          }
          capture = NONE;
          digits = -1;
          break;
        case "f":
          if (inCell && capture === FORMULA) cell.formula = text;
          capture = NONE;
          break;
        case "t":
          if (inCell && capture === INLINE) cell.inline = (cell.inline ?? "") + text;
          capture = NONE;
          break;
        case "rPh":
          phonetic--;
          break;
        case "c":
          if (inCell) {
            let value = cell.digits >= 0 && cell.formula === null ? digitsValue(cell, ctx) : undefined;
            if (value === undefined) {
              if (cell.digits >= 0) cell.value = xml.slice(cell.valueStart, cell.valueEnd);
              value = cellValue(cell, ctx, masters);
            }
            if (value !== null) {
              put(grid, cell.row, cell.col, value);
              if (cell.col > maxCol) maxCol = cell.col;
            }
          }
          if (onlyA1) break scan;
          inCell = false;
          break;
      }
    }
  }
  if (!onlyA1) fillMerges(grid, merges, maxCol);
  return grid;
}

function put(grid: unknown[][], r: number, c: number, value: unknown): void {
  while (grid.length <= r) grid.push([]);
  const values = grid[r];
  while (values.length < c) values.push(null);
  values[c] = value;
}

/** The value of a number or shared string cell whose value is plain digits; undefined when cellValue must decide. */
function digitsValue(cs: CellState, ctx: SheetContext): unknown {
  if (cs.type === "n") return ctx.dateStyles[cs.style] ? serialToDate(cs.digits, ctx.date1904) : cs.digits;
  if (cs.type === "s" && ctx.sharedStrings !== null && cs.digits < ctx.sharedStrings.length) return ctx.sharedStrings[cs.digits];
  return undefined;
}

function cellValue(cs: CellState, ctx: SheetContext, masters: Map<string, { formula: string; row: number; col: number }>): unknown {
  if (cs.sharedIndex !== null && cs.formula) masters.set(cs.sharedIndex, { formula: cs.formula, row: cs.row, col: cs.col });
  const hasValue = cs.value !== null && !(cs.value === "" && cs.type !== "str");
  if (!hasValue && cs.type !== "inlineStr") {
    if (cs.formula) return `=${cs.formula}`;
    if (cs.sharedIndex !== null) {
      const master = masters.get(cs.sharedIndex);
      if (master) return `=${shiftFormula(master.formula, cs.row - master.row, cs.col - master.col)}`;
    }
    return null;
  }
  const v = cs.value ?? "";
  switch (cs.type) {
    case "s": {
      if (ctx.sharedStrings === null) throw new XmlError("单元格引用了共享字符串，但文件中没有共享字符串表（sharedStrings.xml）");
      const index = Number(v);
      if (!Number.isInteger(index) || index < 0 || index >= ctx.sharedStrings.length) {
        throw new XmlError(`单元格 ${a1(cs.row, cs.col)} 引用的共享字符串 ${v} 不存在`);
      }
      return ctx.sharedStrings[index];
    }
    case "str":
      return decodeEscapes(v);
    case "inlineStr":
      return cs.inline !== null ? decodeEscapes(cs.inline) : cs.value !== null ? decodeEscapes(v) : null;
    case "b":
      return v === "1" || v === "true";
    case "e":
      return v;
    case "d":
      return isoDate(v);
    default: {
      const n = Number(v);
      if (v.trim() === "" || !Number.isFinite(n)) return v;
      return ctx.dateStyles[cs.style] ? serialToDate(n, ctx.date1904) : n;
    }
  }
}

/** Every cell of a merged area takes the top-left value; areas are clamped to the used range. */
function fillMerges(grid: unknown[][], merges: readonly string[], maxCol: number): void {
  const maxRow = grid.length - 1;
  for (const ref of merges) {
    const [from, to] = ref.split(":");
    if (!to) continue;
    const [r1, c1] = parseCellRef(from);
    const [r2, c2] = parseCellRef(to);
    const value = grid[r1]?.[c1];
    if (value === undefined || value === null) continue;
    for (let r = r1; r <= Math.min(r2, maxRow); r++) {
      const values = grid[r];
      for (let c = c1; c <= Math.min(c2, maxCol); c++) {
        if (r === r1 && c === c1) continue;
        while (values.length < c) values.push(null);
        values[c] = value;
      }
    }
  }
}
