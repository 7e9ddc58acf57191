/** Fake `context.workbook`, `Excel.WorksheetCollection`, `Excel.Worksheet` and `context.application`. */
import { MAX_COLUMNS, MAX_ROWS, parseRect, splitSheet, type Rect } from "./cell-address";
import { checkEnum, PAGE_ORIENTATION, PAPER_TYPE, SHEET_VISIBILITY } from "./excel-enums";
import { dateSerial, sheetNameError } from "./excel-rules";
import { FakeExcelError } from "./fake-error";
import type { FakeSheet, FakeWorkbook, PageLayoutState, Visibility } from "./fake-workbook";
import { FakeRange } from "./range-objects";
import { FakeClientObject, FakeCollection, type FakeRequestContext } from "./request-context";
import { FakeChartCollection, FakeTableCollection } from "./table-chart-objects";

function visibleCount(book: FakeWorkbook): number {
  return book.sheets.filter((s) => s.visibility === "Visible").length;
}

export class FakeWorksheet extends FakeClientObject<FakeSheet> {
  protected readonly loadable = ["name", "id", "position", "visibility"] as const;

  constructor(
    ctx: FakeRequestContext,
    private readonly book: FakeWorkbook,
    locate: () => FakeSheet | null,
  ) {
    super(ctx, "Worksheet", locate);
  }

  protected override isAlive(t: FakeSheet): boolean {
    return !t.deleted;
  }

  protected read(t: FakeSheet, property: string): unknown {
    if (property === "position") return this.book.sheets.indexOf(t);
    return t[property as "name" | "id" | "visibility"];
  }

  get name(): string {
    return this.loadedValue("name") as string;
  }
  /** Renames the sheet under Excel's naming rules; formulas referring to it follow the new name. */
  set name(v: string) {
    this.queueSet("name", v, (t) => {
      this.ctx.changeStructure("Worksheet.name");
      const others = this.book.sheets.filter((s) => s !== t).map((s) => s.name);
      const why = sheetNameError(v, others);
      if (why) throw new FakeExcelError(why.startsWith("已存在") ? "ItemAlreadyExists" : "InvalidArgument", why);
      this.ctx.writeSheet(t, "Worksheet.name");
      this.book.renameSheet(t, v);
    });
  }
  get id(): string {
    return this.loadedValue("id") as string;
  }
  get position(): number {
    return this.loadedValue("position") as number;
  }
  get visibility(): Visibility {
    return this.loadedValue("visibility") as Visibility;
  }
  /** Shows or hides the sheet (`Excel.SheetVisibility`); the last visible sheet cannot be hidden. */
  set visibility(v: Visibility) {
    this.queueSet("visibility", v, (t) => {
      checkEnum("SheetVisibility", SHEET_VISIBILITY, v);
      this.ctx.changeStructure("Worksheet.visibility");
      if (v !== "Visible" && t.visibility === "Visible" && visibleCount(this.book) === 1) {
        throw new FakeExcelError("InvalidOperation", "A workbook must keep at least one visible sheet");
      }
      t.visibility = v;
    });
  }
  /**
   * Deletes the sheet. Excel refuses to delete the last visible sheet, and a VeryHidden one: "if the
   * worksheet's visibility is set to "VeryHidden", the delete operation will fail with an
   * `InvalidOperation` exception. You should first change its visibility to hidden or visible before
   * deleting it." (@types/office-js, `Excel.Worksheet.delete`; https://github.com/OfficeDev/office-js/issues/365).
   * Formulas that referred to it become #REF!.
   */
  delete(): void {
    this.queueCall("delete", null, (t) => {
      this.ctx.changeStructure("Worksheet.delete");
      if (t.visibility === "VeryHidden") {
        throw new FakeExcelError("InvalidOperation", `Worksheet.delete: '${t.name}' is VeryHidden; make it visible or hidden first`);
      }
      if (t.visibility === "Visible" && visibleCount(this.book) === 1) {
        throw new FakeExcelError("InvalidOperation", "A workbook must keep at least one visible sheet");
      }
      this.ctx.writeSheet(t, "Worksheet.delete");
      this.book.removeSheet(t);
    });
  }

  /** `worksheet.protection` (ExcelApi 1.2): whether the sheet is protected. */
  get protection(): FakeProtection {
    return new FakeProtection(this.ctx, "WorksheetProtection", () => {
      const t = this.resolve();
      return { isProtected: () => t.protected };
    });
  }

  /** `worksheet.pageLayout` (ExcelApi 1.9). */
  get pageLayout(): FakePageLayout {
    return new FakePageLayout(this.ctx, this.book, () => this.resolveOrNull());
  }

  activate(): void {
    this.queueCall("activate", null, (t) => {
      if (t.visibility !== "Visible") throw new FakeExcelError("InvalidOperation", "Worksheet.activate: the sheet is hidden");
      this.book.activeSheetId = t.id;
    });
  }

  /** A range of this sheet. Stricter than Excel may be: a range of a null object is an error. */
  private range(rect: (sheet: FakeSheet) => Rect | null): FakeRange {
    return new FakeRange(this.ctx, this.book, () => {
      const sheet = this.resolveOrNull();
      if (sheet === null) throw new FakeExcelError("InvalidObjectPath", "Worksheet: a range was asked of a null object");
      const r = rect(sheet);
      return r && { sheet, rect: r };
    });
  }

  /** A range by A1 address on this sheet (the whole sheet when omitted). */
  getRange(address?: string): FakeRange {
    return this.range((sheet) => {
      if (address === undefined) return { row: 0, col: 0, rows: 1_048_576, cols: 16_384 };
      const { sheet: other, cells } = splitSheet(address);
      const rect = parseRect(cells);
      if (!rect || (other !== null && other.toLowerCase() !== sheet.name.toLowerCase())) {
        throw new FakeExcelError("InvalidArgument", `Worksheet.getRange: bad address '${address}'`);
      }
      return rect;
    });
  }

  /** A range by 0-based indexes (ExcelApi 1.7). */
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return this.range(() => {
      this.ctx.requireApi("1.7", "Worksheet.getRangeByIndexes");
      return { row: startRow, col: startColumn, rows: rowCount, cols: columnCount };
    });
  }

  /** The used range, or a null object on an empty sheet (ExcelApi 1.4). */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return this.range((sheet) => sheet.usedRect(valuesOnly));
  }

  get freezePanes(): FakeFreezePanes {
    return new FakeFreezePanes(this.ctx, this);
  }

  get tables(): FakeTableCollection {
    return new FakeTableCollection(this.ctx, this.book, () => this.resolve());
  }

  get charts(): FakeChartCollection {
    return new FakeChartCollection(this.ctx, this.book, () => this.resolve());
  }
}

export class FakeFreezePanes extends FakeClientObject<FakeSheet> {
  protected readonly loadable = [] as const;

  constructor(ctx: FakeRequestContext, sheet: FakeWorksheet) {
    super(ctx, "WorksheetFreezePanes", () => sheet.resolveOrNull());
  }

  protected read(): unknown {
    return null;
  }

  /** Freezes the top rows (ExcelApi 1.7). */
  freezeRows(count = 1): void {
    this.ctx.enqueue("WorksheetFreezePanes.freezeRows", count, () => {
      this.ctx.requireApi("1.7", "WorksheetFreezePanes.freezeRows");
      if (!Number.isInteger(count) || count < 0) throw new FakeExcelError("InvalidArgument", `freezeRows(${count})`);
      const sheet = this.resolve();
      this.ctx.writeSheet(sheet, "WorksheetFreezePanes.freezeRows");
      sheet.frozenRows = count;
    });
  }
}

/** `WorksheetProtection` / `WorkbookProtection`: only `protected` is modelled. */
export class FakeProtection extends FakeClientObject<{ isProtected(): boolean }> {
  protected readonly loadable = ["protected"] as const;

  protected read(t: { isProtected(): boolean }): unknown {
    return t.isProtected();
  }

  get protected(): boolean {
    return this.loadedValue("protected") as boolean;
  }
}

/** Pages to fit, or a scale of 10–400 %, never both (`Excel.PageLayoutZoomOptions`, @types/office-js). */
function checkZoom(zoom: unknown): PageLayoutState["zoom"] {
  const z = zoom as PageLayoutState["zoom"];
  const bad = (why: string) => new FakeExcelError("InvalidArgument", `PageLayout.zoom: ${why}`);
  if (z === null || typeof z !== "object") throw bad("not an object");
  const fit = z.horizontalFitToPages !== undefined || z.verticalFitToPages !== undefined;
  if (z.scale !== undefined) {
    if (fit) throw bad("a scale cannot be combined with fitting to pages");
    if (typeof z.scale !== "number" || z.scale < 10 || z.scale > 400) throw bad(`scale ${String(z.scale)} is not 10–400`);
  }
  for (const pages of [z.horizontalFitToPages, z.verticalFitToPages]) {
    if (pages !== undefined && (!Number.isInteger(pages) || pages < 0)) throw bad(`${String(pages)} pages`);
  }
  return { ...z };
}

/**
 * `worksheet.pageLayout` (ExcelApi 1.9): orientation (`Excel.PageOrientation`), paper size
 * (`Excel.PaperType`), zoom, print titles and the header/footer texts, validated as the typings
 * declare them (@types/office-js, `Excel.PageLayout`, `Excel.HeaderFooter`).
 */
export class FakePageLayout extends FakeClientObject<FakeSheet> {
  protected readonly loadable = ["orientation", "paperSize"] as const;

  constructor(
    ctx: FakeRequestContext,
    private readonly book: FakeWorkbook,
    locate: () => FakeSheet | null,
  ) {
    super(ctx, "PageLayout", locate);
  }

  protected read(t: FakeSheet, property: string): unknown {
    return t.pageLayout[property as "orientation" | "paperSize"];
  }

  private setLayout(property: string, value: unknown, apply: (layout: PageLayoutState) => void): void {
    this.queueSet(property, value, (t) => {
      this.ctx.requireApi("1.9", `PageLayout.${property}`);
      apply(t.pageLayout);
    });
  }

  set orientation(v: string) {
    this.setLayout("orientation", v, (l) => {
      checkEnum("PageOrientation", PAGE_ORIENTATION, v);
      l.orientation = v;
    });
  }
  set paperSize(v: string) {
    this.setLayout("paperSize", v, (l) => {
      checkEnum("PaperType", PAPER_TYPE, v);
      l.paperSize = v;
    });
  }
  set zoom(v: PageLayoutState["zoom"]) {
    this.setLayout("zoom", v, (l) => {
      l.zoom = checkZoom(v);
    });
  }

  /** Whole rows (`$2:$2`) repeated at the top of every printed page. */
  setPrintTitleRows(rows: string | FakeRange): void {
    this.setLayout("setPrintTitleRows", String(rows), (l) => {
      l.printTitleRows = this.titleRect(rows, "rows");
    });
  }
  /** Whole columns (`$A:$A`) repeated at the left of every printed page. */
  setPrintTitleColumns(columns: string | FakeRange): void {
    this.setLayout("setPrintTitleColumns", String(columns), (l) => {
      l.printTitleColumns = this.titleRect(columns, "columns");
    });
  }

  private titleRect(source: string | FakeRange, whole: "rows" | "columns"): Rect {
    const rect = typeof source === "string" ? parseRect(splitSheet(source).cells) : source.resolve().rect;
    const ok = rect !== null && (whole === "rows" ? rect.cols === MAX_COLUMNS : rect.rows === MAX_ROWS);
    if (!ok) throw new FakeExcelError("InvalidArgument", `PageLayout print titles: '${String(source)}' is not whole ${whole}`);
    return rect;
  }

  get headersFooters(): { defaultForAllPages: { centerHeader: string; centerFooter: string } } {
    const text = (property: "centerHeader" | "centerFooter") => ({
      get: (): string => {
        throw new FakeExcelError("PropertyNotLoaded", `HeaderFooter.${property} is write-only in this fake`);
      },
      set: (v: string) =>
        this.setLayout(`headersFooters.defaultForAllPages.${property}`, v, (l) => {
          if (typeof v !== "string") throw new FakeExcelError("InvalidArgument", `HeaderFooter.${property} must be text`);
          l[property] = v;
        }),
    });
    const page = {};
    Object.defineProperty(page, "centerHeader", text("centerHeader"));
    Object.defineProperty(page, "centerFooter", text("centerFooter"));
    void this.book;
    return { defaultForAllPages: page as { centerHeader: string; centerFooter: string } };
  }
}

/** `Excel.FunctionResult<number>`: `value` after load and sync. */
export class FakeFunctionResult extends FakeClientObject<{ value: number }> {
  protected readonly loadable = ["value", "error"] as const;

  protected read(t: { value: number }, property: string): unknown {
    return property === "value" ? t.value : null;
  }

  get value(): number {
    return this.loadedValue("value") as number;
  }
}

/**
 * `workbook.functions` (ExcelApi 1.2): only DATE, which answers in the workbook's date system —
 * "year: a number from 1900 or 1904 (depending on the workbook's date system)" (@types/office-js,
 * `Excel.Functions.date`), so `DATE(2026,3,1)` is 46082 in the 1900 system and 44620 in the 1904 one.
 */
export class FakeFunctions {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly book: FakeWorkbook,
  ) {}

  date(year: number, month: number, day: number): FakeFunctionResult {
    const result = new FakeFunctionResult(this.ctx, "FunctionResult", () => {
      this.ctx.requireApi("1.2", "Functions.date");
      const serial = dateSerial(year, month, day);
      return { value: this.book.date1904 ? serial - DAYS_1900_TO_1904 : serial };
    });
    return result;
  }
}

/** Days between the two date systems' day 0 (1899-12-30 and 1904-01-01). */
const DAYS_1900_TO_1904 = 1462;

export class FakeWorksheetCollection extends FakeCollection<FakeSheet, FakeWorksheet> {
  constructor(
    ctx: FakeRequestContext,
    private readonly book: FakeWorkbook,
  ) {
    super(ctx, "WorksheetCollection");
  }

  protected list(): FakeSheet[] {
    return [...this.book.sheets];
  }

  protected proxy(locate: () => FakeSheet | null = () => null): FakeWorksheet {
    return new FakeWorksheet(this.ctx, this.book, locate);
  }

  private find(key: string): FakeSheet | null {
    return this.book.sheetById(key) ?? this.book.sheetByName(key) ?? null;
  }

  /** A sheet by name (case-insensitive) or id; ItemNotFound at sync when missing. */
  getItem(key: string): FakeWorksheet {
    return this.proxy(() => {
      const s = this.find(key);
      if (!s) throw new FakeExcelError("ItemNotFound", `The requested resource doesn't exist: worksheet '${key}'`);
      return s;
    });
  }

  /** A sheet by name or id, or a null object (ExcelApi 1.4). */
  getItemOrNullObject(key: string): FakeWorksheet {
    return this.proxy(() => this.find(key));
  }

  /** Adds a sheet at the end; the name must satisfy Excel's rules. */
  add(name?: string): FakeWorksheet {
    const ws = this.proxy();
    this.ctx.enqueue("WorksheetCollection.add", name ?? null, () => {
      this.ctx.changeStructure("WorksheetCollection.add");
      let n = this.book.sheets.length + 1;
      while (this.book.sheetByName(`Sheet${n}`)) n++;
      const finalName = name ?? `Sheet${n}`;
      const why = sheetNameError(finalName, this.book.sheets.map((s) => s.name));
      if (why) throw new FakeExcelError(why.startsWith("已存在") ? "ItemAlreadyExists" : "InvalidArgument", why);
      const sheet = this.book.addSheet(finalName);
      this.ctx.writeSheet(sheet, "WorksheetCollection.add");
      ws.bind(sheet);
    });
    return ws;
  }
}

/** `context.application`: calculation and screen-updating switches, counted in the stats. */
export class FakeApplication {
  constructor(private readonly ctx: FakeRequestContext) {}

  /** ExcelApi 1.6. */
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.enqueue("Application.suspendApiCalculationUntilNextSync", null, () => {
      this.ctx.requireApi("1.6", "Application.suspendApiCalculationUntilNextSync");
      this.ctx.host.stats.countCall("suspendApiCalculationUntilNextSync");
    });
  }

  /** ExcelApi 1.9. */
  suspendScreenUpdatingUntilNextSync(): void {
    this.ctx.enqueue("Application.suspendScreenUpdatingUntilNextSync", null, () => {
      this.ctx.requireApi("1.9", "Application.suspendScreenUpdatingUntilNextSync");
      this.ctx.host.stats.countCall("suspendScreenUpdatingUntilNextSync");
    });
  }
}

/** `context.workbook`. */
export class FakeWorkbookObject {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly application: FakeApplication;
  readonly functions: FakeFunctions;
  /** `workbook.protection` (ExcelApi 1.7): whether the workbook's structure is protected. */
  readonly protection: FakeProtection;

  constructor(ctx: FakeRequestContext, book: FakeWorkbook) {
    this.worksheets = new FakeWorksheetCollection(ctx, book);
    this.tables = new FakeTableCollection(ctx, book, null);
    this.application = new FakeApplication(ctx);
    this.functions = new FakeFunctions(ctx, book);
    this.protection = new FakeProtection(ctx, "WorkbookProtection", () => {
      ctx.requireApi("1.7", "Workbook.protection");
      return { isProtected: () => book.protected };
    });
  }
}
