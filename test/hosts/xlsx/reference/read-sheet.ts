/**
 * The worksheet reader as it was before XmlReader, kept unchanged (over reference/scan-xml.ts) as an
 * independent reference for the property tests of sheet-read.ts. Not used by the product.
 *
 * Cell values of one worksheet part, as the grid convention of every host: `grid[r][c]` is the cell
 * at 0-based sheet row r and column c (empty rows stay as empty arrays), values are string, number,
 * boolean, Date (a date type or a date-formatted number: UTC fields = wall clock) or null.
 * A formula gives its cached value, or its own text (`=SUM(C2:C9)`) when it has none.
 */
import { decodeEscapes, localName, scanXml, XmlError } from "./scan-xml";

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

function columnName(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Excel serial → Date whose UTC fields are the wall clock (as exceljs does). */
export function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial + (date1904 ? 1462 : 0) - 25569) * 86400000));
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?\d*)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/** An ISO 8601 date of a `t="d"` cell as a Date with its wall-clock fields in UTC; the text itself when not a date. */
function isoDate(text: string): Date | string {
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
    return `${colAbs}${columnName(newCol)}${rowAbs}${newRow}`;
  });
}

class Stop {}
const STOP = new Stop();

interface CellState {
  row: number;
  col: number;
  type: string;
  style: number;
  value: string | null;
  formula: string | null;
  sharedIndex: string | null;
  inline: string | null;
}

/**
 * Reads a worksheet's cells. With `onlyA1`, stops at the first cell after A1 (for sheets we only
 * list). Merged areas are filled with their top-left value (within the sheet's used range).
 * @throws XmlError when the XML is malformed, a reference is out of range or a shared string is missing.
 */
export function readSheet(xml: string, ctx: SheetContext, onlyA1 = false): unknown[][] {
  const grid: unknown[][] = [];
  const merges: string[] = [];
  const masters = new Map<string, { formula: string; row: number; col: number }>();
  let row = -1;
  let col = -1;
  let cell: CellState | null = null;
  let capture: "v" | "f" | "t" | null = null;
  let phonetic = 0;
  let text = "";
  let maxCol = -1;

  const put = (r: number, c: number, value: unknown) => {
    if (value === null) return;
    while (grid.length <= r) grid.push([]);
    const values = grid[r];
    while (values.length < c) values.push(null);
    values[c] = value;
    if (c > maxCol) maxCol = c;
  };

  const finish = (cs: CellState) => {
    const value = cellValue(cs, ctx, masters);
    put(cs.row, cs.col, value);
  };

  try {
    scanXml(xml, {
      open(name, a) {
        switch (localName(name)) {
          case "row":
            row = a.r !== undefined ? Number(a.r) - 1 : row + 1;
            if (!Number.isInteger(row) || row < 0 || row >= MAX_ROW) throw new XmlError(`行号 ${a.r} 超出 Excel 的范围（最大 1048576）`);
            col = -1;
            if (onlyA1 && row > 0) throw STOP;
            return;
          case "c": {
            if (a.r !== undefined) {
              const [r, c] = parseCellRef(a.r);
              row = r;
              col = c;
            } else col += 1;
            if (onlyA1 && (row > 0 || col > 0)) throw STOP;
            cell = { row, col, type: a.t ?? "n", style: a.s !== undefined ? Number(a.s) : 0, value: null, formula: null, sharedIndex: null, inline: null };
            return;
          }
          case "v":
            capture = "v";
            text = "";
            return;
          case "f":
            capture = "f";
            text = "";
            if (cell && a.t === "shared" && a.si !== undefined) cell.sharedIndex = a.si;
            return;
          case "is":
            if (cell) cell.inline = "";
            return;
          case "rPh":
            phonetic++;
            return;
          case "t":
            if (cell && cell.inline !== null && phonetic === 0) {
              capture = "t";
              text = "";
            }
            return;
          case "mergeCell":
            if (a.ref) merges.push(a.ref);
            return;
        }
      },
      close(name) {
        switch (localName(name)) {
          case "v":
            if (cell && capture === "v") cell.value = text;
            capture = null;
            return;
          case "f":
            if (cell && capture === "f") cell.formula = text;
            capture = null;
            return;
          case "t":
            if (cell && capture === "t") cell.inline = (cell.inline ?? "") + text;
            capture = null;
            return;
          case "rPh":
            phonetic--;
            return;
          case "c":
            if (cell) finish(cell);
            if (onlyA1) throw STOP;
            cell = null;
            return;
        }
      },
      text(t) {
        if (capture !== null) text += t;
      },
    });
  } catch (error) {
    if (error !== STOP) throw error;
  }
  if (!onlyA1) fillMerges(grid, merges, maxCol);
  return grid;
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
        throw new XmlError(`单元格 ${columnName(cs.col)}${cs.row + 1} 引用的共享字符串 ${v} 不存在`);
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
