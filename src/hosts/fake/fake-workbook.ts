/**
 * The state behind the fake Excel: sheets of typed cells with number formats, column widths,
 * frozen rows, tables, charts, conditional formats, data validation and the selection. Tests and
 * the playground read it directly; add-in code reaches it only through the proxies of `request-context.ts`.
 */
import type { SheetGrids } from "../../workbook/compute-types";
import { rectContains, type Rect } from "./cell-address";
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
  frozenRows = 0;
  visibility: Visibility = "Visible";
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

  removeSheet(sheet: FakeSheet): void {
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

/**
 * A fake workbook holding these grids as they would look after a user typed them: strings stay
 * strings, numbers numbers, `Date`s become Excel date serials, null/undefined empty cells.
 */
export function workbookFromGrids(grids: SheetGrids): FakeWorkbook {
  const wb = new FakeWorkbook();
  for (const [name, rows] of Object.entries(grids)) {
    const sheet = wb.addSheet(name);
    rows.forEach((line, r) => {
      if (line.length === 0) return;
      sheet.setRowValues(r, Array.from(line, toScalar));
      line.forEach((v, c) => {
        if (v instanceof Date) sheet.setCell(r, c, { value: toScalar(v), formula: null, numberFormat: "yyyy/m/d" });
      });
    });
  }
  if (wb.sheets.length === 0) wb.addSheet("Sheet1");
  return wb;
}

function toScalar(v: unknown): CellScalar {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return (v.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return String(v);
}
