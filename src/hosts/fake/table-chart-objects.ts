/** Fake tables (`Excel.Table`) and charts (`Excel.Chart`) with Excel's naming and placement rules. */
import { parseRect, rectAddress, rectsOverlap, splitSheet, type Rect } from "./cell-address";
import { CHART_SERIES_BY, CHART_TYPE, checkEnum } from "./excel-enums";
import { tableNameError } from "./excel-rules";
import { FakeExcelError } from "./fake-error";
import type { ChartState, FakeSheet, SeriesState, TableState, FakeWorkbook } from "./fake-workbook";
import { FakeRange, type RangeTarget } from "./range-objects";
import { FakeClientObject, FakeCollection, type FakeRequestContext } from "./request-context";

type TableTarget = { sheet: FakeSheet; table: TableState };

/** Resolves a table source: a range proxy, or an address (sheet-qualified when the collection is the workbook's). */
function tableSource(book: FakeWorkbook, scope: FakeSheet | null, source: string | FakeRange): RangeTarget {
  if (source instanceof FakeRange) return source.resolve();
  const { sheet: sheetName, cells } = splitSheet(source);
  const sheet = sheetName === null ? scope : book.sheetByName(sheetName);
  const rect = parseRect(cells);
  if (!sheet || !rect) throw new FakeExcelError("InvalidArgument", `TableCollection.add: bad address '${source}'`);
  return { sheet, rect };
}

export class FakeTable extends FakeClientObject<TableTarget> {
  protected readonly loadable = ["name", "id", "style", "showFilterButton"] as const;

  constructor(
    ctx: FakeRequestContext,
    private readonly book: FakeWorkbook,
  ) {
    super(ctx, "Table", () => null);
  }

  protected override isAlive(t: TableTarget): boolean {
    return !t.sheet.deleted && t.sheet.tables.includes(t.table);
  }

  protected read(t: TableTarget, property: string): unknown {
    if (property === "id") return String(t.table.id);
    return t.table[property as "name" | "style" | "showFilterButton"];
  }

  get name(): string {
    return this.loadedValue("name") as string;
  }
  set name(v: string) {
    this.queueSet("name", v, (t) => {
      const others = this.book.allTables().filter((x) => x !== t.table).map((x) => x.name);
      const why = tableNameError(v, others);
      if (why) throw new FakeExcelError(others.includes(v) ? "ItemAlreadyExists" : "InvalidArgument", why);
      t.table.name = v;
    });
  }
  set style(v: string) {
    this.queueSet("style", v, (t) => {
      if (!/^TableStyle(Light|Medium|Dark)\d{1,2}$/.test(v)) throw new FakeExcelError("InvalidArgument", `Table.style: '${v}'`);
      t.table.style = v;
    });
  }
  set showFilterButton(v: boolean) {
    this.queueSet("showFilterButton", v, (t) => {
      t.table.showFilterButton = Boolean(v);
    });
  }

  /** Deletes the table and its data (ExcelApi 1.1): "Deletes the table" — its cells are cleared too. */
  delete(): void {
    this.queueCall("delete", null, (t) => {
      this.ctx.writeSheet(t.sheet, "Table.delete");
      t.sheet.clearRect(t.table.rect, "all");
      t.sheet.tables.splice(t.sheet.tables.indexOf(t.table), 1);
    });
  }
}

export class FakeTableCollection extends FakeCollection<TableTarget, FakeTable> {
  constructor(
    ctx: FakeRequestContext,
    private readonly book: FakeWorkbook,
    /** The sheet this collection belongs to; null for `workbook.tables`. */
    private readonly scope: (() => FakeSheet) | null,
  ) {
    super(ctx, "TableCollection");
  }

  protected list(): TableTarget[] {
    const sheets = this.scope ? [this.scope()] : this.book.sheets;
    return sheets.flatMap((sheet) => sheet.tables.map((table) => ({ sheet, table })));
  }

  protected proxy(): FakeTable {
    return new FakeTable(this.ctx, this.book);
  }

  /** Creates a table over the range; with headers, the first row becomes text headers (blank → 列1…). */
  add(source: string | FakeRange, hasHeaders: boolean): FakeTable {
    const table = this.proxy();
    this.ctx.enqueue("TableCollection.add", { source: typeof source === "string" ? source : "Range", hasHeaders }, () => {
      const { sheet, rect } = tableSource(this.book, this.scope ? this.scope() : null, source);
      if (this.scope && sheet !== this.scope()) throw new FakeExcelError("InvalidArgument", "TableCollection.add: range on another sheet");
      this.ctx.writeSheet(sheet, "TableCollection.add");
      if (sheet.tables.some((t) => rectsOverlap(t.rect, rect))) {
        throw new FakeExcelError("InvalidOperation", `TableCollection.add: ${rectAddress(rect)} overlaps another table`);
      }
      if (hasHeaders && rect.rows < 2) throw new FakeExcelError("InvalidArgument", "TableCollection.add: a table needs a data row");
      const taken = this.book.allTables().map((t) => t.name);
      let n = 1;
      while (taken.includes(`Table${n}`)) n++;
      const record: TableState = { id: this.book.newObjectId(), name: `Table${n}`, rect: { ...rect }, style: "TableStyleMedium2", showFilterButton: true };
      if (hasHeaders) {
        const seen = new Set<string>();
        for (let c = rect.col; c < rect.col + rect.cols; c++) {
          const cell = sheet.cell(rect.row, c);
          let text = cell.value === "" ? `列${c - rect.col + 1}` : String(cell.value);
          while (seen.has(text)) text = `${text}2`;
          seen.add(text);
          sheet.setCell(rect.row, c, { value: text, formula: null, numberFormat: cell.numberFormat });
        }
      }
      sheet.tables.push(record);
      table.bind({ sheet, table: record });
    });
    return table;
  }
}

type ChartTarget = { sheet: FakeSheet; chart: ChartState };

function rangeRect(source: FakeRange, sheet: FakeSheet, what: string): Rect {
  const t = source.resolve();
  if (t.sheet !== sheet) throw new FakeExcelError("InvalidArgument", `${what}: the range is on another sheet`);
  return { ...t.rect };
}

export class FakeChart extends FakeClientObject<ChartTarget> {
  protected readonly loadable = ["name", "id", "chartType"] as const;

  constructor(ctx: FakeRequestContext) {
    super(ctx, "Chart", () => null);
  }

  protected override isAlive(t: ChartTarget): boolean {
    return !t.sheet.deleted && t.sheet.charts.includes(t.chart);
  }

  protected read(t: ChartTarget, property: string): unknown {
    if (property === "chartType") return t.chart.type;
    if (property === "id") return String(t.chart.id);
    return `Chart ${t.chart.id}`;
  }

  get title(): { text: string; visible: boolean } {
    const self = this;
    return {
      get text(): string {
        throw new FakeExcelError("PropertyNotLoaded", "ChartTitle.text is write-only in this fake");
      },
      set text(v: string) {
        self.queueSet("title.text", v, (t) => {
          t.chart.title = String(v);
        });
      },
      get visible(): boolean {
        throw new FakeExcelError("PropertyNotLoaded", "ChartTitle.visible is write-only in this fake");
      },
      set visible(_v: boolean) {
        self.queueSet("title.visible", _v, () => undefined);
      },
    };
  }

  get legend(): { visible: boolean } {
    const self = this;
    return {
      get visible(): boolean {
        throw new FakeExcelError("PropertyNotLoaded", "ChartLegend.visible is write-only in this fake");
      },
      set visible(v: boolean) {
        self.queueSet("legend.visible", v, (t) => {
          t.chart.legendVisible = Boolean(v);
        });
      },
    };
  }

  get series(): { getItemAt(index: number): FakeChartSeries } {
    return { getItemAt: (index: number) => new FakeChartSeries(this.ctx, this, index) };
  }

  /** Deletes the chart (ExcelApi 1.1). */
  delete(): void {
    this.queueCall("delete", null, (t) => {
      this.ctx.writeSheet(t.sheet, "Chart.delete");
      t.sheet.charts.splice(t.sheet.charts.indexOf(t.chart), 1);
    });
  }

  /** Places the chart over the cells from `start` to `end` (range proxies or addresses). */
  setPosition(start: string | FakeRange, end?: string | FakeRange): void {
    const addr = (x: string | FakeRange | undefined, t: ChartTarget): string | null => {
      if (x === undefined) return null;
      if (typeof x === "string") {
        const r = parseRect(splitSheet(x).cells);
        if (!r) throw new FakeExcelError("InvalidArgument", `Chart.setPosition: bad address '${x}'`);
        return rectAddress(r);
      }
      return rectAddress(rangeRect(x, t.sheet, "Chart.setPosition"));
    };
    this.queueCall("setPosition", { start: String(start), end: String(end) }, (t) => {
      const from = addr(start, t)!;
      t.chart.position = { from, to: addr(end, t) ?? from };
    });
  }
}

export class FakeChartSeries extends FakeClientObject<SeriesState> {
  protected readonly loadable = ["name"] as const;

  constructor(
    ctx: FakeRequestContext,
    private readonly chart: FakeChart,
    index: number,
  ) {
    super(ctx, "ChartSeries", () => {
      const s = chart.resolve().chart.series[index];
      if (!s) throw new FakeExcelError("ItemNotFound", `ChartSeries ${index} does not exist`);
      return s;
    });
  }

  protected read(t: SeriesState): unknown {
    return t.name;
  }

  set name(v: string) {
    this.queueSet("name", v, (t) => {
      t.name = String(v);
    });
  }

  /** Category axis values (ExcelApi 1.7). */
  setXAxisValues(source: FakeRange): void {
    this.ctx.enqueue("ChartSeries.setXAxisValues", null, () => {
      this.ctx.requireApi("1.7", "ChartSeries.setXAxisValues");
      const rect = rangeRect(source, this.chart.resolve().sheet, "ChartSeries.setXAxisValues");
      this.resolve().xValues = rect;
    });
  }
}

export class FakeChartCollection extends FakeCollection<ChartTarget, FakeChart> {
  constructor(
    ctx: FakeRequestContext,
    private readonly book: FakeWorkbook,
    private readonly scope: () => FakeSheet,
  ) {
    super(ctx, "ChartCollection");
  }

  protected list(): ChartTarget[] {
    const sheet = this.scope();
    return sheet.charts.map((chart) => ({ sheet, chart }));
  }

  protected proxy(): FakeChart {
    return new FakeChart(this.ctx);
  }

  /** A chart of that type from the source range, one series per column (or per row). */
  add(type: string, source: FakeRange, seriesBy: string = "Auto"): FakeChart {
    const chart = this.proxy();
    this.ctx.enqueue("ChartCollection.add", { type, seriesBy }, () => {
      checkEnum("ChartType", CHART_TYPE, type);
      checkEnum("ChartSeriesBy", CHART_SERIES_BY, seriesBy);
      const sheet = this.scope();
      this.ctx.writeSheet(sheet, "ChartCollection.add");
      const rect = rangeRect(source, sheet, "ChartCollection.add");
      const byRows = seriesBy === "Rows" || (seriesBy === "Auto" && rect.cols > rect.rows);
      const n = byRows ? rect.rows : rect.cols;
      const series = Array.from({ length: n }, (_, i) => ({
        name: `系列${i + 1}`,
        values: byRows ? { ...rect, row: rect.row + i, rows: 1 } : { ...rect, col: rect.col + i, cols: 1 },
        xValues: null,
      }));
      const record: ChartState = { id: this.book.newObjectId(), type, title: "", legendVisible: true, series, position: null };
      sheet.charts.push(record);
      chart.bind({ sheet, chart: record });
    });
    return chart;
  }
}
