/**
 * The worksheet reader as it was before XmlReader (over reference/scan-xml.ts), an independent reference
 * for the property tests of sheet-read.ts: its scanning is the old one; the helpers the rewrite did not
 * touch (cell references, dates, shared formulas) are the product's own. Not used by the product.
 *
 * Cell values of one worksheet part, as the grid convention of every host: `grid[r][c]` is the cell
 * at 0-based sheet row r and column c (empty rows stay as empty arrays), values are string, number,
 * boolean, Date (a date type or a date-formatted number: UTC fields = wall clock) or null.
 * A formula gives its cached value, or its own text (`=SUM(C2:C9)`) when it has none.
 */
import { a1 } from "../../../../src/workbook/problem";
import { isoDate, parseCellRef, serialToDate, shiftFormula, type SheetContext } from "../../../../src/hosts/xlsx/sheet-read";
import { decodeEscapes, localName, scanXml, XmlError } from "./scan-xml";

const MAX_ROW = 1048576;

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
