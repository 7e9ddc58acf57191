import { exampleSheets } from "../../../src/example/example-workbook";
import { createFakeExcel, fakeExcelEnv, type FakeExcel, type FakeSheet } from "../../../src/hosts/fake";
import { createOfficeHost } from "../../../src/hosts/office";
import { detectFeatures } from "../../../src/hosts/office/features";
import { rowBytes } from "../../../src/hosts/office/payload-budget";
import {
  DATE_TIME_FORMAT,
  rowFormats,
  TEMPLATE_DATA_ROWS,
  TEMPLATE_SHEET_NAMES,
  templateRowCount,
  templateSheet,
  TICKET_TIME_COLUMNS,
} from "../../../src/hosts/office/template-plan";
import { insertTemplate, type TemplateOptions } from "../../../src/hosts/office/template-sheets";
import { calendarTemplateRows } from "../../../src/workbook/tickets/calendar-template";
import { HOLIDAY_SHEET_SPEC, TICKET_COLUMNS } from "../../../src/workbook/tickets/ticket-sheets";
import { INPUT_SHEETS, SHEET } from "../../../src/workbook/sheets";

const NOW = new Date("2026-04-02T04:00:00Z");
const ALL_SHEETS = [...INPUT_SHEETS.map((s) => s.name), SHEET.tickets, SHEET.holidays];

function insert(fake: FakeExcel, options: TemplateOptions = {}) {
  return insertTemplate(fakeExcelEnv(fake), detectFeatures(fake.isSetSupported), { now: () => NOW, ...options });
}

const sheet = (fake: FakeExcel, name: string): FakeSheet => {
  const s = fake.workbook.sheetByName(name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};

/** Dropdown sources of a sheet by the column they start in. */
function dropdowns(s: FakeSheet): Map<number, { source: string; row: number; rows: number }> {
  return new Map(
    s.dataValidations.map((v) => [v.rect.col, { source: (v.rule as { list: { source: string } }).list.source, row: v.rect.row, rows: v.rect.rows }]),
  );
}

/** Bytes of every cell row the template writes into these sheets (values and number formats). */
function templateBytes(names: readonly string[], years: number[]): number {
  let bytes = 0;
  for (const name of names) {
    const t = templateSheet(name, years);
    for (let r = 0; r < templateRowCount(t); r++) bytes += rowBytes(rowFormats(t, r)) + (r < t.rows.length ? rowBytes(t.rows[r]) : 0);
  }
  return bytes;
}

describe("「插入模板」 into an empty workbook", () => {
  it("adds the six input sheets, 工单明细 and 节假日, in that order, after the blank Sheet1", async () => {
    const fake = createFakeExcel();
    const report = await insert(fake);
    expect(report.created).toEqual(ALL_SHEETS);
    expect(report.kept).toEqual([]);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", ...ALL_SHEETS]);
    expect(fake.workbook.activeSheetId).toBe(sheet(fake, SHEET.regions).id);
  });

  it("writes 工单明细's headers as text with their widths and a frozen header row", async () => {
    const fake = createFakeExcel();
    await insert(fake);
    const tickets = sheet(fake, SHEET.tickets);
    expect(tickets.grid()).toEqual([TICKET_COLUMNS.map((c) => c.header)]);
    TICKET_COLUMNS.forEach((c, col) => {
      expect(tickets.cell(0, col).numberFormat).toBe("@");
      expect(tickets.columnWidths.get(col)).toBe(Math.round(c.width * 5.7 + 5));
    });
    expect(tickets.frozenRows).toBe(1);
    expect(tickets.styleAt(0, 0, "font.bold")).toBe(true);
  });

  it("formats 工单明细's time columns as yyyy-mm-dd hh:mm and its other columns as text, down to the last dropdown row", async () => {
    const fake = createFakeExcel();
    await insert(fake);
    const tickets = sheet(fake, SHEET.tickets);
    const times = new Set<string>(TICKET_TIME_COLUMNS);
    expect(times.size).toBe(7);
    for (const row of [1, 2, TEMPLATE_DATA_ROWS]) {
      const formats = TICKET_COLUMNS.map((_, col) => tickets.cell(row, col).numberFormat);
      expect(formats).toEqual(TICKET_COLUMNS.map((c) => (times.has(c.header) ? DATE_TIME_FORMAT : "@")));
    }
    expect(tickets.cell(TEMPLATE_DATA_ROWS + 1, 5).numberFormat).toBe("General");
    expect(tickets.usedRect(true)).toEqual({ row: 0, col: 0, rows: 1, cols: TICKET_COLUMNS.length });
  });

  it("puts a dropdown on each of 工单明细's nine choice columns", async () => {
    const fake = createFakeExcel();
    await insert(fake);
    const lists = dropdowns(sheet(fake, SHEET.tickets));
    const column = (header: string) => TICKET_COLUMNS.findIndex((c) => c.header === header);
    const choiceHeaders = ["紧急程度", "诉求类型", "签收方式", "延期次数", "红牌", "回访结果", "二次回访结果", "不合理诉求", "群体性事件"];
    expect([...lists.keys()].sort((a, b) => a - b)).toEqual(choiceHeaders.map(column).sort((a, b) => a - b));
    expect(lists.get(column("紧急程度"))).toEqual({ source: "一般,紧急", row: 1, rows: TEMPLATE_DATA_ROWS });
    expect(lists.get(column("诉求类型"))!.source).toBe("咨询,求助,投诉,建议,举报,表扬,其他");
    expect(lists.get(column("签收方式"))!.source).toBe("人工,自动");
    expect(lists.get(column("延期次数"))!.source).toBe("0,1,2");
    expect(lists.get(column("二次回访结果"))!.source).toBe("满意,基本满意,不满意,未回复");
    expect(lists.get(column("群体性事件"))!.source).toBe("是,否");
  });

  it("fills 节假日 with the current year's calendar, dates as text", async () => {
    const fake = createFakeExcel();
    const report = await insert(fake);
    const holidays = sheet(fake, SHEET.holidays);
    const grid = holidays.grid();
    expect(grid[0]).toEqual(HOLIDAY_SHEET_SPEC.columns.map((c) => c.header));
    expect(grid.slice(1)).toEqual(calendarTemplateRows([2026]));
    expect(grid).toContainEqual(["2026-02-14", "工作日", "春节调休上班"]);
    expect(grid).toContainEqual(["2026-10-01", "休息日", "国庆节"]);
    const row = grid.findIndex((r) => r[0] === "2026-10-01");
    expect(holidays.cell(row, 0)).toEqual({ value: "2026-10-01", formula: null, numberFormat: "@" });
    expect(report.holidays).toEqual({ years: [2026], days: grid.length - 1, unknownYears: [] });
    expect(dropdowns(holidays).get(1)).toEqual({ source: "休息日,工作日", row: 1, rows: TEMPLATE_DATA_ROWS });
  });

  it("adds no dropdown on an ExcelApi 1.7 host but the same sheets, headers and formats", async () => {
    const old = createFakeExcel({}, { apiVersion: "1.7" });
    const report = await insert(old);
    expect(report.created).toEqual(ALL_SHEETS);
    expect(old.workbook.sheets.flatMap((s) => s.dataValidations)).toEqual([]);
    const current = createFakeExcel({}, { apiVersion: "1.8" });
    await insert(current);
    for (const name of ALL_SHEETS) {
      expect({ name, grid: sheet(old, name).grid() }).toEqual({ name, grid: sheet(current, name).grid() });
    }
    expect(sheet(old, SHEET.tickets).cell(9, 6).numberFormat).toBe(DATE_TIME_FORMAT);
    expect(dropdowns(sheet(current, SHEET.tickets)).size).toBe(9);
  });

  it("writes in blocks within the payload budget, one sync per block", async () => {
    const budget = 200_000;
    const fake = createFakeExcel();
    await insert(fake, { budget });
    const blocks = Math.ceil(templateBytes(ALL_SHEETS, [2026]) / budget);
    expect(blocks).toBeGreaterThan(5);
    // One sync lists the sheets; each block is one sync (a block ends at most one row short of the budget).
    expect(fake.stats.syncCount).toBeLessThanOrEqual(1 + blocks + 1);
    expect(fake.stats.maxRequestBytes).toBeLessThanOrEqual(budget * 1.2);
  });

  it("adds the whole template in a few syncs under the default budget", async () => {
    const fake = createFakeExcel();
    await insert(fake, { budget: undefined });
    expect(fake.stats.syncCount).toBeLessThanOrEqual(4);
    expect(fake.stats.maxRequestBytes).toBeLessThan(4 * 1024 * 1024);
  });
});

describe("「插入模板」 into a workbook that has sheets", () => {
  it("adds only 工单明细 and 节假日 to the example and leaves its sheets exactly as they were", async () => {
    const fake = createFakeExcel(exampleSheets());
    const before = fake.workbook.snapshot();
    const report = await insert(fake);
    expect(report.created).toEqual([SHEET.tickets, SHEET.holidays]);
    expect(report.kept).toEqual(INPUT_SHEETS.map((s) => s.name));
    expect((fake.workbook.snapshot() as unknown[]).slice(0, (before as unknown[]).length)).toEqual(before);
    expect(fake.workbook.sheets.map((s) => s.name).slice(-2)).toEqual([SHEET.tickets, SHEET.holidays]);
    expect(report.holidays?.years).toEqual([2026]);
  });

  it("takes 节假日's years from the months of the statistics, the ledger and 派单时间 (found by an alias)", async () => {
    const fake = createFakeExcel({
      受理统计: [["月份", "单位"], ["2024-12", "甲中心"]],
      台账: [["单位", "月份"], ["乙局", "2025年3月"], ["乙局", "不是月份"]],
      工单明细: [
        ["工单号", "承办单位", "转派时间"],
        ["A1", "乙局", "2026-01-05 10:00"],
        ["A2", "乙局", 46023.5], // 2026-01-01 12:00 as a date-time serial
        ["A3", "乙局", "2027-01-02 08:00"],
        ["A4", "乙局", "昨天"],
      ],
    });
    const report = await insert(fake);
    expect(report.created).toEqual([SHEET.regions, SHEET.subjects, SHEET.unitStats, SHEET.params, SHEET.holidays]);
    expect(report.kept).toEqual([SHEET.bodyStats, SHEET.ledger, SHEET.tickets]);
    expect(report.holidays).toEqual({ years: [2024, 2025, 2026, 2027], days: calendarTemplateRows([2024, 2025, 2026]).length, unknownYears: [2027] });
    expect(sheet(fake, SHEET.holidays).grid().slice(1)).toEqual(calendarTemplateRows([2024, 2025, 2026]));
  });

  it("reads only the month column of a large ticket export, in blocks under the budget", async () => {
    const rows = 60_000;
    const export_: unknown[][] = [["工单编号", "承办单位", "受理机构", "诉求类型", "派单时间"]];
    for (let i = 0; i < rows; i++) export_.push([`T${i}`, "某某局", "某某中心", "咨询", i === rows - 1 ? "2025-12-31 23:00" : "2026-03-05 14:30"]);
    const fake = createFakeExcel({ 工单明细: export_ });
    const budget = 100_000;
    const report = await insert(fake, { budget, sheets: [SHEET.holidays] });
    expect(report.holidays?.years).toEqual([2025, 2026]);
    // Each cell travels with its number format.
    const columnBytes = rows * (rowBytes(["2026-03-05 14:30"]) + rowBytes(["General"]));
    // Used range, header row, the probe, then blocks of the one column; the write.
    expect(fake.stats.syncCount).toBeLessThanOrEqual(4 + Math.ceil((columnBytes * 1.25) / budget) + 1);
    expect(fake.stats.maxResponseBytes).toBeLessThanOrEqual(budget * 1.3);
    expect(fake.stats.maxResponseBytes).toBeLessThan(columnBytes);
  });

  it("leaves an existing 节假日 alone and reports it as kept without reading any data", async () => {
    const fake = createFakeExcel({ ...exampleSheets(), 节假日: [["日期", "类型"], ["2026-05-06", "休息日"]] });
    const before = sheet(fake, SHEET.holidays).grid();
    const report = await insert(fake);
    expect(report.created).toEqual([SHEET.tickets]);
    expect(report.kept).toContain(SHEET.holidays);
    expect(report.holidays).toBeNull();
    expect(sheet(fake, SHEET.holidays).grid()).toEqual(before);
    expect(fake.stats.syncCount).toBeLessThanOrEqual(3);
  });

  it("adds nothing when every template sheet exists", async () => {
    const grids = Object.fromEntries(TEMPLATE_SHEET_NAMES.map((n) => [n, [["用户自己的表"]]]));
    const fake = createFakeExcel(grids);
    const before = fake.workbook.snapshot();
    const report = await insert(fake);
    expect(report).toEqual({ created: [], kept: ALL_SHEETS, holidays: null });
    expect(fake.workbook.snapshot()).toEqual(before);
    expect(fake.stats.syncCount).toBe(1);
  });

  it("leaves the workbook as it was when Excel fails part-way through the writing", async () => {
    const fake = createFakeExcel({ 地区: [["地区"], ["长春市"]] });
    const before = fake.workbook.snapshot();
    fake.failOperation(10, /Range\.numberFormat/);
    await expect(insert(fake, { budget: 200_000 })).rejects.toThrow("注入的故障：Range.numberFormat");
    expect(fake.workbook.snapshot()).toEqual(before);
  });
});

describe("「插入模板」 through the Office host", () => {
  it("loads the template code on demand and fills 节假日 with the years of the example", async () => {
    const fake = createFakeExcel(exampleSheets());
    const report = await createOfficeHost(fakeExcelEnv(fake), { now: () => NOW }).insertTemplate();
    expect(report.created).toEqual([SHEET.tickets, SHEET.holidays]);
    expect(sheet(fake, SHEET.holidays).grid()).toContainEqual(["2026-02-14", "工作日", "春节调休上班"]);
  });
});
