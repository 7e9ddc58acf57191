/**
 * The state behind the fake Excel: sheets of typed cells with number formats, column widths,
 * frozen rows, tables, charts, conditional formats, data validation and the selection. Tests and
 * the playground read it directly; add-in code reaches it only through the proxies of `request-context.ts`.
 */
import type { SheetGrids } from "../../workbook/compute-types";
import { parseRect, rectContains, type Rect } from "./cell-address";
import type { CellScalar } from "./excel-rules";

export interface FakeCell {
  value: CellScalar;
  formula: string | null;
  numberFormat: string;
}

export interface TableState {
  id: number;
  name: string;
  rect: Rect;
  style: string;
  showFilterButton: boolean;
}

export interface SeriesState {
  name: string;
  values: Rect;
  xValues: Rect | null;
}

export interface ChartState {
  id: number;
  type: string;
  title: string;
  legendVisible: boolean;
  series: SeriesState[];
  /** Top-left and bottom-right cells it covers. */
  position: { from: string; to: string } | null;
}

export interface ConditionalFormatState {
  rect: Rect;
  type: string;
  criteria: unknown;
}

export interface DataValidationState {
  rect: Rect;
  rule: unknown;
}

/** One style property set on a rectangle (last one wins), e.g. `font.bold = true`. */
export interface StyleState {
  rect: Rect;
  property: string;
  value: unknown;
}

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

/** What `worksheet.pageLayout` (ExcelApi 1.9) was given; null fields were never set. */
export interface PageLayoutState {
  orientation: string | null;
  paperSize: string | null;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number } | null;
  printTitleRows: Rect | null;
  printTitleColumns: Rect | null;
  centerHeader: string | null;
  centerFooter: string | null;
}

const emptyPageLayout = (): PageLayoutState => ({
  orientation: null,
  paperSize: null,
  zoom: null,
  printTitleRows: null,
  printTitleColumns: null,
  centerHeader: null,
  centerFooter: null,
});

const GENERAL = "General";

/**
 * What the fake stores for a cell: a plain value stands for a General cell without formula (most
 * cells of a large sheet, so a full sheet stays small); a FakeCell for any other.
 */
type CellEntry = CellScalar | FakeCell;

function toEntry(cell: FakeCell): CellEntry {
  return cell.formula === null && cell.numberFormat === GENERAL ? cell.value : cell;
}

function fromEntry(entry: CellEntry): FakeCell {
  return typeof entry === "object" ? { ...entry } : { value: entry, formula: null, numberFormat: GENERAL };
}

export class FakeSheet {
  /** Row-major cell entries; missing entries are empty General cells. */
  private readonly entries: (CellEntry | undefined)[][] = [];
  readonly columnWidths = new Map<number, number>();
  readonly styles: StyleState[] = [];
  readonly tables: TableState[] = [];
  readonly charts: ChartState[] = [];
  readonly conditionalFormats: ConditionalFormatState[] = [];
  readonly dataValidations: DataValidationState[] = [];
  /** Merged areas: only the top-left cell of each holds a value (see `merge`). */
  readonly merged: Rect[] = [];
  pageLayout: PageLayoutState = emptyPageLayout();
  frozenRows = 0;
  visibility: Visibility = "Visible";
  /**
   * Sheet protection (Review › Protect Sheet), read through `worksheet.protection.protected`
   * (@types/office-js, `Excel.WorksheetProtection`): writes to its cells and objects fail with
   * AccessDenied ("You cannot perform the requested operation",
   * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
   */
  protected = false;
  deleted = false;

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  /** The cell at (row, col), a copy; an empty General cell when never written. */
  cell(row: number, col: number): FakeCell {
    const entry = this.entries[row]?.[col];
    return entry === undefined ? { value: "", formula: null, numberFormat: GENERAL } : fromEntry(entry);
  }

  /** The value at (row, col) (`""` when empty), as `cell(row, col).value` without the copy. */
  valueAt(row: number, col: number): CellScalar {
    const entry = this.entries[row]?.[col];
    if (entry === undefined) return "";
    return typeof entry === "object" ? entry.value : entry;
  }

  /** The formula at (row, col), or null (cheap: no copy). */
  formulaAt(row: number, col: number): string | null {
    const entry = this.entries[row]?.[col];
    return entry !== undefined && typeof entry === "object" ? entry.formula : null;
  }

  /** Calls `visit` for every cell holding a formula; `visit` may return a new formula text. */
  rewriteFormulas(visit: (formula: string) => string): void {
    for (const line of this.entries) {
      if (!line) continue;
      for (const entry of line) if (entry !== undefined && typeof entry === "object" && entry.formula !== null) entry.formula = visit(entry.formula);
    }
  }

  /** Removes every cell (values, formulas, number formats) and style inside the rectangle. */
  clearRect(rect: Rect, what: "contents" | "formats" | "all"): void {
    for (let r = rect.row; r < Math.min(rect.row + rect.rows, this.entries.length); r++) {
      const line = this.entries[r];
      if (!line) continue;
      for (let c = rect.col; c < Math.min(rect.col + rect.cols, line.length); c++) {
        const entry = line[c];
        if (entry === undefined) continue;
        const cell = fromEntry(entry);
        const kept: FakeCell =
          what === "all"
            ? { value: "", formula: null, numberFormat: GENERAL }
            : what === "contents"
              ? { value: "", formula: null, numberFormat: cell.numberFormat }
              : { ...cell, numberFormat: GENERAL };
        line[c] = kept.numberFormat === GENERAL && kept.value === "" && kept.formula === null ? undefined : toEntry(kept);
      }
    }
    if (what !== "contents") {
      const inside = (x: Rect) => rectInside(x, rect);
      removeWhere(this.styles, (s) => inside(s.rect));
      removeWhere(this.conditionalFormats, (cf) => inside(cf.rect));
    }
  }

  /**
   * Merges the cells of the rectangle as Excel's Merge Cells does: the top-left cell keeps its
   * value, every other cell of the area is emptied and reads as "" — "only the upper-left cell's data
   * remains when you merge cells; data in the other cells is deleted" (Microsoft Support, Merge and
   * unmerge cells, https://support.microsoft.com/en-us/office/merge-and-unmerge-cells-5cbd15d5-9375-4540-907f-c673a93fcedf).
   */
  merge(rect: Rect): void {
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      for (let c = rect.col; c < rect.col + rect.cols; c++) {
        if ((r !== rect.row || c !== rect.col) && this.entries[r]?.[c] !== undefined) this.entries[r][c] = undefined;
      }
    }
    this.merged.push({ ...rect });
  }

  /** Stores a cell, growing the grid as needed. */
  setCell(row: number, col: number, cell: FakeCell): void {
    const line = (this.entries[row] ??= []);
    line[col] = toEntry(cell);
  }

  /**
   * Replaces a row by General cells without formulas holding these values, as typed by a user
   * (`""` leaves a cell empty). The row takes no more memory than its cells need.
   */
  setRowValues(row: number, values: readonly CellScalar[]): void {
    const line: (CellEntry | undefined)[] = new Array(values.length);
    for (let c = 0; c < values.length; c++) if (values[c] !== "") line[c] = values[c];
    this.entries[row] = line;
  }

  /** Bounding box of the cells holding a value (`valuesOnly`) or any value or format; null when empty. */
  usedRect(valuesOnly: boolean): Rect | null {
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    const entries = this.entries;
    for (let r = 0; r < entries.length; r++) {
      const line = entries[r];
      if (!line) continue;
      for (let c = 0; c < line.length; c++) {
        const e = line[c];
        if (e === undefined) continue;
        const used =
          typeof e === "object" ? e.value !== "" || e.formula !== null || (!valuesOnly && e.numberFormat !== GENERAL) : e !== "";
        if (!used) continue;
        if (r < r0) r0 = r;
        r1 = r;
        if (c < c0) c0 = c;
        if (c > c1) c1 = c;
      }
    }
    if (r1 < 0) return null;
    return { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  }

  /** Every stored cell as FakeCell (null where never written), row by row, for snapshots. */
  storedCells(): ((FakeCell | null)[] | null)[] {
    return Array.from(this.entries, (line) => (line ? Array.from(line, (e) => (e === undefined ? null : fromEntry(e))) : null));
  }

  /** The last value set for a style property on a cell, e.g. `styleAt(1, 0, "font.bold")`. */
  styleAt(row: number, col: number, property: string): unknown {
    for (let i = this.styles.length - 1; i >= 0; i--) {
      const s = this.styles[i];
      if (s.property === property && rectContains(s.rect, row, col)) return s.value;
    }
    return undefined;
  }

  /** Values as a grid anchored at A1 (empty cells as null), for tests and the playground. */
  grid(): unknown[][] {
    const used = this.usedRect(true);
    if (!used) return [];
    const rows = used.row + used.rows;
    const cols = used.col + used.cols;
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => {
        const v = this.valueAt(r, c);
        return v === "" ? null : v;
      }),
    );
  }
}

/** Whether `inner` lies wholly inside `outer`. */
function rectInside(inner: Rect, outer: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.col + inner.cols <= outer.col + outer.cols
  );
}

function removeWhere<T>(list: T[], doomed: (x: T) => boolean): void {
  for (let i = list.length - 1; i >= 0; i--) if (doomed(list[i])) list.splice(i, 1);
}

export interface FakeSelection {
  sheetId: string;
  rect: Rect;
}

/** A listener told after every `sync` that changed something. */
export type ChangeListener = () => void;

/** The whole fake workbook. */
export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  selection: FakeSelection | null = null;
  activeSheetId: string | null = null;
  /**
   * Workbook (structure) protection, `workbook.protection.protected` (@types/office-js,
   * `Excel.WorkbookProtection`, ExcelApi 1.7): sheets cannot be added, deleted, renamed, hidden or shown.
   */
  protected = false;
  /**
   * The 1904 date system (Excel for Mac's old default): serial 0 is 1904-01-01 instead of 1899-12-30
   * (VBA `Workbook.Date1904`, https://learn.microsoft.com/office/vba/api/excel.workbook.date1904).
   * Office.js has no released property for it (`use1904DateSystem` is preview only), so add-ins see
   * it only through values: serials and `functions.date`.
   */
  date1904 = false;
  private nextId = 1;
  private listeners = new Set<ChangeListener>();

  /** A new sheet at the end; the name is not checked here (the proxies check Excel's rules). */
  addSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(`{${String(this.nextId++).padStart(8, "0")}-FAKE}`, name);
    this.sheets.push(sheet);
    if (this.activeSheetId === null) this.activeSheetId = sheet.id;
    return sheet;
  }

  /** Next id for tables and charts (unique in the workbook). */
  newObjectId(): number {
    return this.nextId++;
  }

  /**
   * Renames a sheet; every formula that refers to it is rewritten to the new name, as Excel does
   * (`='Old'!C3` becomes `='New'!C3`: the reference follows the sheet object, not its name).
   */
  renameSheet(sheet: FakeSheet, name: string): void {
    const old = sheet.name;
    sheet.name = name;
    for (const s of this.sheets) s.rewriteFormulas((f) => replaceSheetRefs(f, old, quoteSheetName(name)));
  }

  /**
   * Deletes a sheet. Formulas elsewhere that referred to it become `#REF!` (`='2026-03 地区综合'!C3`
   * becomes `=#REF!C3`, showing #REF!), as in Excel: "The #REF! error shows when a formula refers to
   * a cell that isn't valid. This happens most often when cells that were referenced by formulas
   * get deleted" (Microsoft Support, How to correct a #REF! error,
   * https://support.microsoft.com/office/how-to-correct-a-ref-error-822c8e46-e610-4d02-bf29-ec4b8c5ff4be).
   * Clearing and rewriting the sheet's cells keeps the references (they point at cells, not at values).
   */
  removeSheet(sheet: FakeSheet): void {
    for (const s of this.sheets) if (s !== sheet) s.rewriteFormulas((f) => replaceSheetRefs(f, sheet.name, "#REF"));
    const i = this.sheets.indexOf(sheet);
    if (i >= 0) this.sheets.splice(i, 1);
    sheet.deleted = true;
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets.find((s) => s.visibility === "Visible")?.id ?? null;
    if (this.selection?.sheetId === sheet.id) this.selection = null;
  }

  /** Sheet by name, case-insensitively as Excel matches names. */
  sheetByName(name: string): FakeSheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  sheetById(id: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  /**
   * The value a cell shows. A formula that is one reference to a cell of a sheet
   * (`='2026-03 地区综合'!C3`, `=Sheet1!$B$2`) shows that cell's value; one that refers to a deleted
   * sheet shows `#REF!`; any other formula is not evaluated and shows `#NAME?`.
   */
  valueAt(sheet: FakeSheet, row: number, col: number): CellScalar {
    const formula = sheet.formulaAt(row, col);
    if (formula === null) return sheet.valueAt(row, col);
    return this.evaluate(formula, 0);
  }

  private evaluate(formula: string, depth: number): CellScalar {
    if (formula.includes("#REF!")) return "#REF!";
    const m = SINGLE_REFERENCE.exec(formula);
    if (!m || depth > 32) return "#NAME?";
    const target = this.sheetByName(m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]);
    if (!target) return "#REF!";
    const row = Number(m[4]) - 1;
    const col = columnNumber(m[3]);
    const inner = target.formulaAt(row, col);
    if (inner !== null) return this.evaluate(inner, depth + 1);
    const v = target.valueAt(row, col);
    // A reference to an empty cell shows 0, as in Excel.
    return v === "" ? 0 : v;
  }

  /** Every table of every sheet. */
  allTables(): TableState[] {
    return this.sheets.flatMap((s) => s.tables);
  }

  /** A deep, JSON-comparable picture of everything a user could see (not the selection). */
  snapshot(): unknown {
    return this.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      cells: s.storedCells(),
      columnWidths: [...s.columnWidths.entries()].sort((a, b) => a[0] - b[0]),
      styles: s.styles.map((x) => ({ ...x })),
      frozenRows: s.frozenRows,
      tables: s.tables.map((t) => ({ ...t, id: undefined })),
      charts: s.charts.map((c) => ({ ...c, id: undefined })),
      conditionalFormats: s.conditionalFormats.map((x) => ({ ...x })),
      dataValidations: s.dataValidations.map((x) => ({ ...x })),
    }));
  }

  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notifyChange(): void {
    for (const l of this.listeners) l();
  }
}

/** `='Sheet name'!C3` or `=Sheet1!$C$3`: one reference to one cell of a sheet. */
const SINGLE_REFERENCE = /^=(?:'((?:[^']|'')+)'|([^'!=(),+\-*\/&^<> ]+))!\$?([A-Za-z]{1,3})\$?(\d+)$/;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A sheet name as a formula writes it: quoted unless it is a plain identifier. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_\u4e00-\u9fff][\w\u4e00-\u9fff.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Rewrites the references `name!` / `'name'!` (case-insensitive) in a formula to `replacement!`. */
function replaceSheetRefs(formula: string, name: string, replacement: string): string {
  const lower = name.toLowerCase();
  return formula.replace(/'((?:[^']|'')+)'!|([^'!=(),+\-*\/&^<> ]+)!/g, (all, quoted: string | undefined, plain: string | undefined) => {
    const ref = quoted !== undefined ? quoted.replace(/''/g, "'") : plain!;
    return ref.toLowerCase() === lower ? `${replacement}!` : all;
  });
}

export interface WorkbookOptions {
  /** The workbook uses the 1904 date system: `Date`s are stored as 1904 serials. */
  date1904?: boolean;
  /** Merged areas per sheet, as A1 ranges (`{ 地区: ["C2:C4"] }`): merged as Excel merges (top-left value kept). */
  merged?: Record<string, string[]>;
  /** Sheets protected with Protect Sheet. */
  protectedSheets?: string[];
  /** The workbook's structure is protected. */
  protectedWorkbook?: boolean;
}

/** Day 0 of the 1900 date system (serials from 1900-03-01 on) and of the 1904 date system. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * A fake workbook holding these grids as they would look after a user typed them: strings stay
 * strings, numbers numbers, `Date`s become date serials (of the workbook's date system) formatted
 * as dates, null/undefined empty cells.
 */
export function workbookFromGrids(grids: SheetGrids, options: WorkbookOptions = {}): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.date1904 = options.date1904 ?? false;
  const epoch = wb.date1904 ? EPOCH_1904 : EPOCH_1900;
  const toScalar = (v: unknown): CellScalar => {
    if (v === null || v === undefined) return "";
    if (v instanceof Date) return (v.getTime() - epoch) / 86_400_000;
    if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
    return String(v);
  };
  for (const [name, rows] of Object.entries(grids)) {
    const sheet = wb.addSheet(name);
    rows.forEach((line, r) => {
      if (line.length === 0) return;
      sheet.setRowValues(r, Array.from(line, toScalar));
      line.forEach((v, c) => {
        if (v instanceof Date) sheet.setCell(r, c, { value: toScalar(v), formula: null, numberFormat: "yyyy/m/d" });
      });
    });
    for (const address of options.merged?.[name] ?? []) sheet.merge(parseRect(address)!);
    sheet.protected = options.protectedSheets?.includes(name) ?? false;
  }
  if (wb.sheets.length === 0) wb.addSheet("Sheet1");
  wb.protected = options.protectedWorkbook ?? false;
  return wb;
}
