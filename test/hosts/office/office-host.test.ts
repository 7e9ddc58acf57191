import { exampleSheets } from "../../../src/example/example-workbook";
import { createFakeExcel, fakeExcelEnv, type FakeExcel } from "../../../src/hosts/fake";
import { createOfficeHost } from "../../../src/hosts/office";
import { excelErrorText } from "../../../src/hosts/office/excel-errors";
import { computeWorkbook } from "../../../src/workbook/compute";
import type { SheetGrids } from "../../../src/workbook/compute-types";
import { INPUT_SHEETS, SHEET } from "../../../src/workbook/sheets";
import { provinceWorkbook } from "./province-workbook";

const NOW = new Date("2026-04-02T01:30:00Z");
const hostOf = (fake: FakeExcel, budget?: number) => createOfficeHost(fakeExcelEnv(fake), { now: () => NOW, budget });

/** Cells of the input sheets only, with number formats and formulas. */
function inputSnapshot(fake: FakeExcel): unknown {
  const names = new Set<string>(INPUT_SHEETS.map((s) => s.name));
  return (fake.workbook.snapshot() as Array<{ name: string }>).filter((s) => names.has(s.name));
}

/** The rows below the header of an output sheet, blanks as null (as OutputTable rows hold them). */
function dataRows(fake: FakeExcel, name: string): unknown[][] {
  return fake.workbook.sheetByName(name)!.grid().slice(2);
}

const padded = (rows: unknown[][], width: number) => rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null));

describe("office host compute on the example workbook", () => {
  it("writes the sheets computeWorkbook renders, cell for cell, and leaves the input sheets untouched", async () => {
    const fake = createFakeExcel(exampleSheets());
    const before = inputSnapshot(fake);
    const report = await hostOf(fake).compute("2026-03");
    expect(report.ok).toBe(true);
    const expected = computeWorkbook(exampleSheets(), "2026-03", { now: NOW, existingSheets: [] });
    expect(report.written).toEqual(expected.tables.map((t) => t.name));
    for (const t of expected.tables) {
      expect({ sheet: t.name, rows: dataRows(fake, t.name) }).toEqual({ sheet: t.name, rows: padded(t.rows, t.columns.length) });
    }
    expect(inputSnapshot(fake)).toEqual(before);
  });

  it("replaces its own sheets on a second compute, leaving one sheet per name", async () => {
    const fake = createFakeExcel(exampleSheets());
    const host = hostOf(fake);
    await host.compute("2026-03");
    const names = fake.workbook.sheets.map((s) => s.name);
    const second = await host.compute("2026-03");
    expect(second.ok).toBe(true);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(names);
  });

  it("reports a user's sheet named like an output sheet and writes nothing", async () => {
    const fake = createFakeExcel({ ...exampleSheets(), "2026-03 月通报": [["我自己的通报"]] });
    const before = fake.workbook.snapshot();
    const report = await hostOf(fake).compute("2026-03");
    expect(report.ok).toBe(false);
    expect(report.problems).toContainEqual(expect.objectContaining({ severity: "error", sheet: "2026-03 月通报", row: 0, col: 0 }));
    expect(report.problems.find((p) => p.sheet === "2026-03 月通报")!.message).toMatch(/不是本工具生成的/);
    expect(fake.workbook.snapshot()).toEqual(before);
  });

  it("returns the problems and writes nothing when the input has errors", async () => {
    const grids = exampleSheets();
    grids[SHEET.unitStats][1][3] = 999_999; // 及时签收 above 转派
    const fake = createFakeExcel(grids);
    const before = fake.workbook.snapshot();
    const report = await hostOf(fake).compute("2026-03");
    expect(report.ok).toBe(false);
    expect(report.problems).toContainEqual(expect.objectContaining({ severity: "error", sheet: SHEET.unitStats, row: 1, col: 3 }));
    expect(fake.workbook.snapshot()).toEqual(before);
  });

  it("keeps a unit named =1+1 as text in the output", async () => {
    const grids = exampleSheets();
    const old = grids[SHEET.subjects][20][0] as string;
    for (const name of [SHEET.subjects, SHEET.unitStats, SHEET.ledger]) {
      for (const row of grids[name]) if (row[name === SHEET.subjects ? 0 : 1] === old) row[name === SHEET.subjects ? 0 : 1] = "=1+1";
    }
    const fake = createFakeExcel(grids);
    expect((await hostOf(fake).compute("2026-03")).ok).toBe(true);
    const sheet = fake.workbook.sheetByName("2026-03 承办单位得分")!;
    const row = sheet.grid().findIndex((r) => r[0] === "=1+1");
    expect(row).toBeGreaterThan(1);
    expect(sheet.cell(row, 0).formula).toBeNull();
  });

  it("reports progress through reading, checking, scoring and writing", async () => {
    const fake = createFakeExcel(exampleSheets());
    const phases: string[] = [];
    await hostOf(fake).compute("2026-03", (p) => {
      if (phases[phases.length - 1] !== p.phase) phases.push(p.phase);
      expect(p.done).toBeLessThanOrEqual(p.total);
    });
    expect(phases).toEqual(["reading", "checking", "scoring", "writing"]);
  });
});

/** Output sheets written and data rows read, to bound the syncs. */
function syncBound(grids: SheetGrids, sheetsWritten: number, budget: number): number {
  const bytes = (v: unknown) => new TextEncoder().encode(JSON.stringify(v)).length;
  const inputBytes = Object.values(grids).reduce((n, g) => n + bytes(g), 0);
  // Reading: listing + probes + blocks; writing: per sheet one block at least, plus blocks by size; commit + delete.
  return 2 + Object.keys(grids).length + Math.ceil((inputBytes * 1.5) / budget) + sheetsWritten * 2 + 2;
}

describe("office host compute: syncs and payloads", () => {
  it("computes a year of the example in a few syncs per sheet, never one per row", async () => {
    const grids = exampleSheets();
    const fake = createFakeExcel(grids);
    const report = await hostOf(fake).compute("2026");
    expect(report.ok).toBe(true);
    expect(report.written).toEqual(["2026 年度考核", "2026 通报稿", "计算说明"]);
    const rows = Object.values(grids).reduce((n, g) => n + g.length, 0);
    expect(fake.stats.syncCount).toBeLessThanOrEqual(syncBound(grids, report.written.length, 1_000_000));
    expect(fake.stats.syncCount).toBeLessThan(rows / 10);
  });

  it("computes a province-scale year with every request and response under 4 MB", async () => {
    const grids = provinceWorkbook();
    const fake = createFakeExcel(grids);
    // With every month's sheets, so that the writing side is at full size too.
    const report = await hostOf(fake).compute("2025", undefined, { withMonths: true });
    expect(report.ok).toBe(true);
    // 年度考核 and 通报稿, four sheets for each of 12 months, 计算说明.
    expect(report.written.length).toBe(51);
    const dataRows = grids[SHEET.unitStats].length;
    expect(fake.stats.syncCount).toBeLessThanOrEqual(syncBound(grids, report.written.length, 1_000_000));
    expect(fake.stats.syncCount).toBeLessThan(dataRows / 100);
    expect(fake.stats.maxRequestBytes).toBeLessThan(4 * 1024 * 1024);
    expect(fake.stats.maxResponseBytes).toBeLessThan(4 * 1024 * 1024);
  }, 60_000);

  it("reads in more blocks with a smaller budget, each within it", async () => {
    const grids = exampleSheets();
    const fake = createFakeExcel(grids);
    const budget = 20_000;
    await hostOf(fake, budget).compute("2026-03");
    expect(fake.stats.syncCount).toBeLessThanOrEqual(syncBound(grids, 5, budget));
    expect(fake.stats.maxResponseBytes).toBeLessThanOrEqual(budget * 1.3);
  });
});

describe("office host: inspect, select, template, parameters", () => {
  it("summarises the example workbook and reads its parameters", async () => {
    const view = await hostOf(createFakeExcel(exampleSheets())).inspect();
    expect(view.summary.months).toEqual(["2026-01", "2026-02", "2026-03"]);
    expect(view.summary.sheetsMissing).toEqual([]);
    expect(view.params.扣分方式).toBe("按比例");
  });

  it("moves the selection to a problem's cell", async () => {
    const fake = createFakeExcel(exampleSheets());
    await hostOf(fake).selectCell(SHEET.unitStats, 11, 5);
    const sheet = fake.workbook.sheetByName(SHEET.unitStats)!;
    expect(fake.workbook.selection).toEqual({ sheetId: sheet.id, rect: { row: 11, col: 5, rows: 1, cols: 1 } });
    expect(fake.workbook.activeSheetId).toBe(sheet.id);
  });

  it("inserts every input sheet into an empty workbook with headers, widths and dropdowns", async () => {
    const fake = createFakeExcel();
    const report = await hostOf(fake).insertTemplate();
    expect(report.created).toEqual([...INPUT_SHEETS.map((s) => s.name), SHEET.tickets, SHEET.holidays]);
    for (const spec of INPUT_SHEETS) {
      const sheet = fake.workbook.sheetByName(spec.name)!;
      expect(sheet.grid()[0].slice(0, spec.columns.length)).toEqual(spec.columns.map((c) => c.header));
      expect(sheet.frozenRows).toBe(1);
      expect(sheet.columnWidths.size).toBeGreaterThanOrEqual(spec.columns.length);
    }
    const ledger = fake.workbook.sheetByName(SHEET.ledger)!;
    const sources = ledger.dataValidations.map((v) => (v.rule as { list: { source: string } }).list.source);
    expect(sources).toHaveLength(3);
    expect(sources[0].split(",")).toContain("通报表彰");
    expect(sources).toContain("国家级,省级,市级,县级");
    const view = await hostOf(fake).inspect();
    expect(view.summary.sheetsMissing).toEqual([]);
    expect(view.params.接通率扣分上限).toBe("15");
  });

  it("leaves existing sheets alone when inserting the template", async () => {
    const fake = createFakeExcel({ 地区: [["地区"], ["长春市"]] });
    const before = fake.workbook.sheetByName("地区")!.grid();
    const report = await hostOf(fake).insertTemplate();
    expect(report.kept).toEqual(["地区"]);
    expect(report.created).not.toContain("地区");
    expect(fake.workbook.sheetByName("地区")!.grid()).toEqual(before);
  });

  it("inserts the template without dropdowns on an ExcelApi 1.7 host", async () => {
    const fake = createFakeExcel({}, { apiVersion: "1.7" });
    const report = await hostOf(fake).insertTemplate();
    expect(report.created).toHaveLength(INPUT_SHEETS.length + 2);
    expect(fake.workbook.sheets.flatMap((s) => s.dataValidations)).toEqual([]);
  });

  it("saves edited parameters as text into the 参数 sheet, which the next compute reads", async () => {
    const fake = createFakeExcel(exampleSheets());
    const host = hostOf(fake);
    const saved = await host.saveParams({ 扣分方式: "按整百分点", 管理机构权重: "0.50", 承办单位权重: "0.50" });
    expect(saved).toEqual({ ok: true, changed: 3 });
    const view = await host.inspect();
    expect(view.params).toMatchObject({ 扣分方式: "按整百分点", 管理机构权重: "0.50", 承办单位权重: "0.50" });
    const sheet = fake.workbook.sheetByName(SHEET.params)!;
    const row = sheet.grid().findIndex((r) => r[0] === "管理机构权重");
    expect(sheet.cell(row, 1)).toMatchObject({ value: "0.50", numberFormat: "@" });
  });
});

describe("office host: selecting a problem's cell on another sheet", () => {
  it("activates the sheet in one sync and selects the cell in the next (office-js issue 5118)", async () => {
    const fake = createFakeExcel(exampleSheets());
    const labels: string[][] = [];
    let batch: string[] = [];
    const original = fake.beforeOperation.bind(fake);
    fake.beforeOperation = (label: string) => {
      batch.push(label);
      original(label);
    };
    const sync = fake.stats.syncs;
    const before = sync.length;
    await hostOf(fake).selectCell(SHEET.unitStats, 11, 5);
    // Split the operations by sync, using the per-sync operation counts.
    let at = 0;
    for (const s of sync.slice(before)) {
      labels.push(batch.slice(at, at + s.operations));
      at += s.operations;
    }
    batch = [];
    const activateSync = labels.findIndex((ops) => ops.includes("Worksheet.activate"));
    const selectSync = labels.findIndex((ops) => ops.includes("Range.select"));
    expect(activateSync).toBeGreaterThanOrEqual(0);
    expect(selectSync).toBeGreaterThan(activateSync);
    const sheet = fake.workbook.sheetByName(SHEET.unitStats)!;
    expect(fake.workbook.selection).toEqual({ sheetId: sheet.id, rect: { row: 11, col: 5, rows: 1, cols: 1 } });
  });

  it("finds a sheet whose name has a trailing space", async () => {
    const { [SHEET.ledger]: ledger, ...rest } = exampleSheets();
    const fake = createFakeExcel({ ...rest, [`${SHEET.ledger} `]: ledger });
    await hostOf(fake).selectCell(SHEET.ledger, 2, 1);
    expect(fake.workbook.selection?.rect).toEqual({ row: 2, col: 1, rows: 1, cols: 1 });
  });
});

describe("office host: the 节假日 template in a 1904-system workbook", () => {
  it("fills the year of the data's date months, not four years earlier", async () => {
    const grids = { [SHEET.unitStats]: [["月份", "单位"], [new Date(Date.UTC(2025, 10, 1)), "某单位"]] };
    const fake = createFakeExcel(grids, { date1904: true });
    const report = await hostOf(fake).insertTemplate();
    expect(report.holidays?.years).toEqual([2025]);
  });
});

describe("office host: two people compute in one shared workbook at once", () => {
  it("each compute either writes complete results or fails cleanly with a Chinese message; no temporary sheet stays", async () => {
    const fake = createFakeExcel(exampleSheets());
    await hostOf(fake).compute("2026-03");
    const expected = fake.workbook.sheets.map((s) => ({ name: s.name, grid: s.grid() }));
    // Two users' panes: two hosts over one workbook, started together. Which one wins depends on
    // timing (write-tables.test.ts forces the collision); the invariants hold either way.
    const settled = await Promise.allSettled([hostOf(fake).compute("2026-03"), hostOf(fake).compute("2026-03")]);
    expect(settled.some((s) => s.status === "fulfilled" && s.value.ok)).toBe(true);
    for (const s of settled) {
      if (s.status === "rejected") expect(excelErrorText(s.reason)).toMatch(/另一位用户/);
    }
    expect(fake.workbook.sheets.map((s) => ({ name: s.name, grid: s.grid() }))).toEqual(expected);
  });
});
