/** Fake `context.workbook`, `Excel.WorksheetCollection`, `Excel.Worksheet` and `context.application`. */
import { parseRect, splitSheet, type Rect } from "./cell-address";
import { sheetNameError } from "./excel-rules";
import { FakeExcelError } from "./fake-error";
import type { FakeSheet, FakeWorkbook, Visibility } from "./fake-workbook";
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
  /** Renames the sheet under Excel's naming rules. */
  set name(v: string) {
    this.queueSet("name", v, (t) => {
      const others = this.book.sheets.filter((s) => s !== t).map((s) => s.name);
      const why = sheetNameError(v, others);
      if (why) throw new FakeExcelError(why.startsWith("已存在") ? "ItemAlreadyExists" : "InvalidArgument", why);
      t.name = v;
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
  /** Deletes the sheet; Excel refuses to delete the last visible one. */
  delete(): void {
    this.queueCall("delete", null, (t) => {
      if (t.visibility === "Visible" && visibleCount(this.book) === 1) {
        throw new FakeExcelError("InvalidOperation", "A workbook must keep at least one visible sheet");
      }
      this.book.removeSheet(t);
    });
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
      this.resolve().frozenRows = count;
    });
  }
}

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
      let n = this.book.sheets.length + 1;
      while (this.book.sheetByName(`Sheet${n}`)) n++;
      const finalName = name ?? `Sheet${n}`;
      const why = sheetNameError(finalName, this.book.sheets.map((s) => s.name));
      if (why) throw new FakeExcelError(why.startsWith("已存在") ? "ItemAlreadyExists" : "InvalidArgument", why);
      ws.bind(this.book.addSheet(finalName));
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

  constructor(ctx: FakeRequestContext, book: FakeWorkbook) {
    this.worksheets = new FakeWorksheetCollection(ctx, book);
    this.tables = new FakeTableCollection(ctx, book, null);
    this.application = new FakeApplication(ctx);
  }
}
