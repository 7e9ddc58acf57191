/**
 * Fake `Excel.Range` and what hangs off it: format (font, fill, widths), conditional formats and
 * data validation. Writes are shape-checked against the range and typed by Excel's rules.
 */
import { MAX_COLUMNS, MAX_ROWS, qualifiedAddress, rectsOverlap, type Rect } from "./cell-address";
import {
  checkEnum,
  CLEAR_APPLY_TO,
  CONDITIONAL_FORMAT_COLOR_CRITERION_TYPE,
  CONDITIONAL_FORMAT_TYPE,
  RANGE_COPY_TYPE,
} from "./excel-enums";
import { FakeExcelError } from "./fake-error";
import type { FakeSheet, FakeWorkbook } from "./fake-workbook";
import { typeWrittenValue, type CellScalar } from "./excel-rules";
import { FakeClientObject, FakeCollection, payloadBytes, type FakeRequestContext } from "./request-context";

export interface RangeTarget {
  sheet: FakeSheet;
  rect: Rect;
}

/**
 * Responses larger than this many cells are refused before they are built: "A range is limited to
 * five million cells for get operations" (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization).
 */
const MAX_CELLS_READ = 5_000_000;

function checkRect(rect: Rect, what: string): void {
  const ok =
    Number.isInteger(rect.row) && Number.isInteger(rect.col) && Number.isInteger(rect.rows) && Number.isInteger(rect.cols) &&
    rect.row >= 0 && rect.col >= 0 && rect.rows >= 1 && rect.cols >= 1 &&
    rect.row + rect.rows <= MAX_ROWS && rect.col + rect.cols <= MAX_COLUMNS;
  if (!ok) throw new FakeExcelError("InvalidArgument", `${what}: the range is outside the grid: ${JSON.stringify(rect)}`);
}

/** Throws InvalidArgument unless `grid` is a rows × cols array of arrays. */
function checkShape(grid: unknown, rect: Rect, property: string): asserts grid is unknown[][] {
  const fail = (why: string) =>
    new FakeExcelError(
      "InvalidArgument",
      `Range.${property}: the number of rows or columns in the input array doesn't match the size or dimensions of the range (${why}).`,
    );
  if (!Array.isArray(grid)) throw fail("not a 2D array");
  if (grid.length !== rect.rows) throw fail(`${grid.length} rows for ${rect.rows}`);
  grid.forEach((row, i) => {
    if (!Array.isArray(row)) throw fail(`row ${i} is not an array`);
    if (row.length !== rect.cols) throw fail(`row ${i} has ${row.length} columns for ${rect.cols}`);
  });
}

function checkScalar(v: unknown, property: string): asserts v is CellScalar | null {
  const ok = v === null || typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v));
  if (!ok) throw new FakeExcelError("InvalidArgument", `Range.${property}: unsupported cell value ${String(v)}`);
}

const COLOR = /^#[0-9A-Fa-f]{6}$/;
const NAMED_COLORS = ["black", "white", "red", "green", "blue", "yellow", "orange", "gray", "purple"];

function checkColor(v: unknown, property: string): void {
  if (typeof v !== "string" || !(COLOR.test(v) || NAMED_COLORS.includes(v.toLowerCase()))) {
    throw new FakeExcelError("InvalidArgument", `${property}: '${String(v)}' is not a color (#RRGGBB)`);
  }
}

export class FakeRange extends FakeClientObject<RangeTarget> {
  protected readonly loadable = [
    "address",
    "values",
    "formulas",
    "numberFormat",
    "rowCount",
    "columnCount",
    "rowIndex",
    "columnIndex",
  ] as const;

  constructor(
    ctx: FakeRequestContext,
    private readonly book: FakeWorkbook,
    locate: () => RangeTarget | null,
  ) {
    super(ctx, "Range", () => {
      const t = locate();
      if (t) checkRect(t.rect, "Range");
      return t;
    });
  }

  protected override isAlive(t: RangeTarget): boolean {
    return !t.sheet.deleted;
  }

  protected read(t: RangeTarget, property: string): unknown {
    const { rect, sheet } = t;
    const cells = (f: (r: number, c: number) => unknown) => {
      if (rect.rows * rect.cols > MAX_CELLS_READ) {
        throw new FakeExcelError("ResponsePayloadSizeLimitExceeded", `Range.${property}: ${rect.rows * rect.cols} cells is too many to return`);
      }
      const grid: unknown[][] = new Array(rect.rows);
      for (let i = 0; i < rect.rows; i++) {
        const line: unknown[] = new Array(rect.cols);
        for (let j = 0; j < rect.cols; j++) line[j] = f(rect.row + i, rect.col + j);
        grid[i] = line;
      }
      return grid;
    };
    switch (property) {
      case "address":
        return qualifiedAddress(sheet.name, rect);
      case "values":
        return cells((r, c) => this.book.valueAt(sheet, r, c));
      case "formulas":
        return cells((r, c) => sheet.cell(r, c).formula ?? sheet.cell(r, c).value);
      case "numberFormat":
        return cells((r, c) => sheet.cell(r, c).numberFormat);
      case "rowCount":
        return rect.rows;
      case "columnCount":
        return rect.cols;
      case "rowIndex":
        return rect.row;
      case "columnIndex":
        return rect.col;
      default:
        throw new FakeExcelError("InvalidArgument", `Range has no property '${property}'`);
    }
  }

  get address(): string {
    return this.loadedValue("address") as string;
  }
  get values(): unknown[][] {
    return this.loadedValue("values") as unknown[][];
  }
  /** Writes values; a string becomes a formula, number or date unless the cell is formatted `@`. */
  set values(grid: unknown[][]) {
    this.queueSet("values", grid, ({ sheet, rect }) => {
      checkShape(grid, rect, "values");
      this.ctx.writeSheet(sheet, "Range.values");
      grid.forEach((line, i) =>
        line.forEach((v, j) => {
          checkScalar(v, "values");
          if (v === null) return; // Excel leaves the cell unchanged
          const r = rect.row + i;
          const c = rect.col + j;
          const old = sheet.cell(r, c);
          const typed = typeWrittenValue(v, old.numberFormat);
          sheet.setCell(r, c, { value: typed.value, formula: typed.formula, numberFormat: typed.autoFormat ?? old.numberFormat });
        }),
      );
    });
  }
  get formulas(): unknown[][] {
    return this.loadedValue("formulas") as unknown[][];
  }
  get numberFormat(): string[][] {
    return this.loadedValue("numberFormat") as string[][];
  }
  set numberFormat(grid: string[][]) {
    this.queueSet("numberFormat", grid, ({ sheet, rect }) => {
      checkShape(grid, rect, "numberFormat");
      this.ctx.writeSheet(sheet, "Range.numberFormat");
      grid.forEach((line, i) =>
        line.forEach((f, j) => {
          if (f === null) return;
          if (typeof f !== "string") throw new FakeExcelError("InvalidArgument", `Range.numberFormat: '${String(f)}' is not a format`);
          const old = sheet.cell(rect.row + i, rect.col + j);
          sheet.setCell(rect.row + i, rect.col + j, { ...old, numberFormat: f });
        }),
      );
    });
  }
  get rowCount(): number {
    return this.loadedValue("rowCount") as number;
  }
  get columnCount(): number {
    return this.loadedValue("columnCount") as number;
  }
  get rowIndex(): number {
    return this.loadedValue("rowIndex") as number;
  }
  get columnIndex(): number {
    return this.loadedValue("columnIndex") as number;
  }

  /**
   * Clears the range (`Excel.ClearApplyTo`, ExcelApi 1.1): "All" and "Formats" also remove its
   * styles and the conditional formats inside it. Tables and charts stay (delete them first).
   * Formulas elsewhere that refer to these cells keep referring to them.
   */
  clear(applyTo: string = "All"): void {
    this.queueCall("clear", applyTo, ({ sheet, rect }) => {
      checkEnum("ClearApplyTo", CLEAR_APPLY_TO, applyTo);
      this.ctx.writeSheet(sheet, "Range.clear");
      if (applyTo === "All" || applyTo === "Contents" || applyTo === "Formats") {
        sheet.clearRect(rect, applyTo === "All" ? "all" : applyTo === "Contents" ? "contents" : "formats");
      }
    });
  }

  /**
   * Copies cells from a range (ExcelApi 1.9, `Excel.RangeCopyType`): "All" copies values, formulas,
   * number formats and styles; "Values"/"Formulas" the cells' contents; "Formats" number formats and
   * styles. The destination grows to the source's size ("The destination is expanded automatically
   * if it's smaller than the source", @types/office-js `Excel.Range.copyFrom`). Tables, charts,
   * column widths and conditional formats are not copied.
   */
  copyFrom(source: FakeRange | string, copyType: string = "All"): void {
    this.queueCall("copyFrom", { copyType }, ({ sheet, rect }) => {
      this.ctx.requireApi("1.9", "Range.copyFrom");
      checkEnum("RangeCopyType", RANGE_COPY_TYPE, copyType);
      if (typeof source === "string" || copyType === "Link") throw new FakeExcelError("InvalidArgument", "Range.copyFrom: only a range proxy and All/Values/Formulas/Formats are modelled");
      const from = source.resolve();
      this.ctx.writeSheet(sheet, "Range.copyFrom");
      const contents = copyType !== "Formats";
      const formats = copyType === "All" || copyType === "Formats";
      for (let i = 0; i < from.rect.rows; i++) {
        for (let j = 0; j < from.rect.cols; j++) {
          const src = from.sheet.cell(from.rect.row + i, from.rect.col + j);
          const old = sheet.cell(rect.row + i, rect.col + j);
          sheet.setCell(rect.row + i, rect.col + j, {
            value: contents ? src.value : old.value,
            formula: contents ? src.formula : old.formula,
            numberFormat: formats ? src.numberFormat : old.numberFormat,
          });
        }
      }
      if (formats) {
        for (const st of from.sheet.styles.filter((x) => rectsOverlap(x.rect, from.rect))) {
          sheet.styles.push({ ...st, rect: { ...st.rect, row: st.rect.row - from.rect.row + rect.row, col: st.rect.col - from.rect.col + rect.col } });
        }
      }
    });
  }

  /** Merges the range into one cell (ExcelApi 1.2): the top-left value stays, the others are emptied. */
  merge(across = false): void {
    this.queueCall("merge", across, ({ sheet, rect }) => {
      this.ctx.requireApi("1.2", "Range.merge");
      this.ctx.writeSheet(sheet, "Range.merge");
      if (across) for (let r = 0; r < rect.rows; r++) sheet.merge({ ...rect, row: rect.row + r, rows: 1 });
      else sheet.merge(rect);
    });
  }

  /**
   * The merged areas that intersect this range (ExcelApi 1.13), a null object when there are none;
   * it fails above 512 areas (@types/office-js, `Excel.Range.getMergedAreasOrNullObject`).
   */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, this.book, () => {
      this.ctx.requireApi("1.13", "Range.getMergedAreasOrNullObject");
      const { sheet, rect } = this.resolve();
      const areas = sheet.merged.filter((m) => rectsOverlap(m, rect));
      if (areas.length > 512) throw new FakeExcelError("InvalidOperation", "Range.getMergedAreasOrNullObject: more than 512 merged areas");
      return areas.length === 0 ? null : { sheet, areas };
    });
  }

  /** Selects the range and activates its sheet. */
  select(): void {
    this.queueCall("select", null, ({ sheet, rect }) => {
      if (sheet.visibility !== "Visible") throw new FakeExcelError("InvalidOperation", "Range.select: the sheet is hidden");
      this.book.activeSheetId = sheet.id;
      this.book.selection = { sheetId: sheet.id, rect: { ...rect } };
    });
  }

  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this.ctx, this);
  }
  get conditionalFormats(): FakeConditionalFormatCollection {
    return new FakeConditionalFormatCollection(this.ctx, this);
  }
  get dataValidation(): FakeDataValidation {
    return new FakeDataValidation(this.ctx, this);
  }
}

/** Records a style property on a range (font, fill, alignment…). */
function addStyle(t: RangeTarget, property: string, value: unknown): void {
  t.sheet.styles.push({ rect: { ...t.rect }, property, value });
}

export class FakeRangeFormat extends FakeClientObject<RangeTarget> {
  protected readonly loadable = ["columnWidth", "wrapText"] as const;

  constructor(
    ctx: FakeRequestContext,
    private readonly range: FakeRange,
  ) {
    super(ctx, "RangeFormat", () => range.resolveOrNull());
  }

  protected read(t: RangeTarget, property: string): unknown {
    if (property === "columnWidth") return t.sheet.columnWidths.get(t.rect.col) ?? 48;
    return t.sheet.styleAt(t.rect.row, t.rect.col, property) ?? null;
  }

  get columnWidth(): number {
    return this.loadedValue("columnWidth") as number;
  }
  /** Width in points of every column of the range. */
  set columnWidth(points: number) {
    this.queueSet("columnWidth", points, (t) => {
      this.ctx.writeSheet(t.sheet, "RangeFormat.columnWidth");
      if (typeof points !== "number" || !Number.isFinite(points) || points < 0 || points > 1800) {
        throw new FakeExcelError("InvalidArgument", `RangeFormat.columnWidth: ${String(points)} is not a width in points`);
      }
      for (let c = t.rect.col; c < t.rect.col + t.rect.cols; c++) t.sheet.columnWidths.set(c, points);
    });
  }
  set wrapText(v: boolean) {
    this.queueSet("wrapText", v, (t) => {
      this.ctx.writeSheet(t.sheet, "RangeFormat.wrapText");
      addStyle(t, "wrapText", Boolean(v));
    });
  }
  get font(): FakeStyleGroup {
    return new FakeStyleGroup(this.ctx, this.range, "font");
  }
  get fill(): FakeStyleGroup {
    return new FakeStyleGroup(this.ctx, this.range, "fill");
  }
}

/** `format.font` and `format.fill`: typed style properties. */
export class FakeStyleGroup extends FakeClientObject<RangeTarget> {
  protected readonly loadable = ["bold", "color", "size"] as const;

  constructor(
    ctx: FakeRequestContext,
    range: FakeRange,
    private readonly group: "font" | "fill",
  ) {
    super(ctx, group === "font" ? "RangeFont" : "RangeFill", () => range.resolveOrNull());
  }

  protected read(t: RangeTarget, property: string): unknown {
    return t.sheet.styleAt(t.rect.row, t.rect.col, `${this.group}.${property}`) ?? null;
  }

  private style(property: string, value: unknown, check: () => void): void {
    this.queueSet(property, value, (t) => {
      check();
      this.ctx.writeSheet(t.sheet, `${this.typeName}.${property}`);
      addStyle(t, `${this.group}.${property}`, value);
    });
  }

  set bold(v: boolean) {
    this.style("bold", v, () => {
      if (typeof v !== "boolean") throw new FakeExcelError("InvalidArgument", "RangeFont.bold must be a boolean");
    });
  }
  set color(v: string) {
    this.style("color", v, () => checkColor(v, `${this.typeName}.color`));
  }
  set size(v: number) {
    this.style("size", v, () => {
      if (typeof v !== "number" || v < 1 || v > 409) throw new FakeExcelError("InvalidArgument", "RangeFont.size must be 1–409");
    });
  }
}

export class FakeConditionalFormatCollection extends FakeClientObject<RangeTarget> {
  protected readonly loadable = [] as const;

  constructor(
    ctx: FakeRequestContext,
    private readonly range: FakeRange,
  ) {
    super(ctx, "ConditionalFormatCollection", () => range.resolveOrNull());
  }

  protected read(): unknown {
    return null;
  }

  /** Adds a conditional format of that type to the range (ExcelApi 1.6). */
  add(type: string): FakeConditionalFormat {
    const cf = new FakeConditionalFormat(this.ctx);
    this.ctx.enqueue("ConditionalFormatCollection.add", type, () => {
      this.ctx.requireApi("1.6", "ConditionalFormatCollection.add");
      checkEnum("ConditionalFormatType", CONDITIONAL_FORMAT_TYPE, type);
      const t = this.range.resolve();
      this.ctx.writeSheet(t.sheet, "ConditionalFormatCollection.add");
      const record = { rect: { ...t.rect }, type, criteria: null };
      t.sheet.conditionalFormats.push(record);
      cf.bind(record);
    });
    return cf;
  }

  /** Removes every conditional format that intersects the range (ExcelApi 1.6). */
  clearAll(): void {
    this.ctx.enqueue("ConditionalFormatCollection.clearAll", null, () => {
      this.ctx.requireApi("1.6", "ConditionalFormatCollection.clearAll");
      const t = this.range.resolve();
      this.ctx.writeSheet(t.sheet, "ConditionalFormatCollection.clearAll");
      const list = t.sheet.conditionalFormats;
      for (let i = list.length - 1; i >= 0; i--) if (rectsOverlap(list[i].rect, t.rect)) list.splice(i, 1);
    });
  }
}

/**
 * One colour-scale criterion (`Excel.ConditionalColorScaleCriterion`): its type must be an
 * `Excel.ConditionalFormatColorCriterionType` value; Number, Percent, Formula and Percentile need a
 * formula (the threshold), LowestValue and HighestValue take none; the colour is `#RRGGBB` or a name.
 */
function checkCriterion(c: unknown, which: string): void {
  const bad = (why: string) => new FakeExcelError("InvalidArgument", `colorScale.criteria.${which}: ${why}`);
  if (c === null || typeof c !== "object") throw bad("missing");
  const { type, formula, color } = c as { type?: unknown; formula?: unknown; color?: unknown };
  checkEnum("ConditionalFormatColorCriterionType", CONDITIONAL_FORMAT_COLOR_CRITERION_TYPE, type);
  const needsFormula = type !== "LowestValue" && type !== "HighestValue";
  if (needsFormula && (typeof formula !== "string" || formula === "")) throw bad(`a ${String(type)} criterion needs a formula`);
  if (color !== undefined) checkColor(color, `colorScale.criteria.${which}.color`);
}

type CfRecord = { rect: Rect; type: string; criteria: unknown };

export class FakeConditionalFormat extends FakeClientObject<CfRecord> {
  protected readonly loadable = ["type"] as const;

  constructor(ctx: FakeRequestContext) {
    super(ctx, "ConditionalFormat", () => null);
  }

  protected read(t: CfRecord, property: string): unknown {
    return property === "type" ? t.type : null;
  }

  get colorScale(): { criteria: unknown } {
    const self = this;
    return {
      get criteria(): unknown {
        throw new FakeExcelError("PropertyNotLoaded", "ColorScaleConditionalFormat.criteria is write-only in this fake");
      },
      set criteria(c: unknown) {
        self.queueSet("colorScale.criteria", c, (t) => {
          if (t.type !== "ColorScale") throw new FakeExcelError("InvalidOperation", `A ${t.type} format has no colorScale`);
          const crit = c as { minimum?: unknown; midpoint?: unknown; maximum?: unknown };
          if (!crit || !crit.minimum || !crit.maximum) {
            throw new FakeExcelError("InvalidArgument", "colorScale.criteria needs minimum and maximum");
          }
          checkCriterion(crit.minimum, "minimum");
          if (crit.midpoint !== undefined && crit.midpoint !== null) checkCriterion(crit.midpoint, "midpoint");
          checkCriterion(crit.maximum, "maximum");
          t.criteria = JSON.parse(JSON.stringify(c));
        });
      },
    };
  }
}

/** Excel refuses an inline list source longer than this. */
export const MAX_LIST_SOURCE = 255;

export class FakeDataValidation extends FakeClientObject<RangeTarget> {
  protected readonly loadable = [] as const;

  constructor(ctx: FakeRequestContext, range: FakeRange) {
    super(ctx, "DataValidation", () => range.resolveOrNull());
  }

  protected read(): unknown {
    return null;
  }

  /** Sets the validation rule (ExcelApi 1.8); an inline list is at most 255 characters. */
  set rule(rule: unknown) {
    this.ctx.enqueue("DataValidation.rule", rule, () => {
      this.ctx.requireApi("1.8", "DataValidation.rule");
      const t = this.resolve();
      this.ctx.writeSheet(t.sheet, "DataValidation.rule");
      const list = (rule as { list?: { source?: unknown } } | null)?.list;
      if (list) {
        const src = list.source;
        if (typeof src !== "string" || src === "") throw new FakeExcelError("InvalidArgument", "DataValidation: list source must be text");
        if (!src.startsWith("=") && src.length > MAX_LIST_SOURCE) {
          throw new FakeExcelError("InvalidArgument", `DataValidation: list source of ${src.length} characters exceeds 255`);
        }
      }
      t.sheet.dataValidations.push({ rect: { ...t.rect }, rule: JSON.parse(JSON.stringify(rule)) });
      return payloadBytes(null);
    });
  }
}

type AreasTarget = { sheet: FakeSheet; areas: Rect[] };

/** `Excel.RangeAreas` (ExcelApi 1.9) as `getMergedAreasOrNullObject` returns it: `address` and `areas`. */
export class FakeRangeAreas extends FakeClientObject<AreasTarget> {
  protected readonly loadable = ["address", "areaCount"] as const;

  constructor(
    ctx: FakeRequestContext,
    private readonly book: FakeWorkbook,
    locate: () => AreasTarget | null,
  ) {
    super(ctx, "RangeAreas", locate);
  }

  protected read(t: AreasTarget, property: string): unknown {
    // "Sheet1!A1:B4, Sheet1!D1:D4" (@types/office-js, `Excel.RangeAreas.address`).
    if (property === "address") return t.areas.map((a) => qualifiedAddress(t.sheet.name, a)).join(", ");
    return t.areas.length;
  }

  get address(): string {
    return this.loadedValue("address") as string;
  }
  get areaCount(): number {
    return this.loadedValue("areaCount") as number;
  }

  /** The rectangles (`RangeCollection`): `areas.load("items/rowIndex,…")`. */
  get areas(): FakeAreaCollection {
    return new FakeAreaCollection(this.ctx, this.book, () => this.resolve());
  }
}

export class FakeAreaCollection extends FakeCollection<RangeTarget, FakeRange> {
  constructor(
    ctx: FakeRequestContext,
    private readonly book: FakeWorkbook,
    private readonly owner: () => AreasTarget,
  ) {
    super(ctx, "RangeCollection");
  }

  protected list(): RangeTarget[] {
    const { sheet, areas } = this.owner();
    return areas.map((rect) => ({ sheet, rect }));
  }

  protected proxy(): FakeRange {
    return new FakeRange(this.ctx, this.book, () => null);
  }
}
