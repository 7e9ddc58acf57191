import { createFakeExcel, fakeExcelEnv, type FakeExcel } from "../../../src/hosts/fake";
import { detectFeatures } from "../../../src/hosts/office/features";
import { WriteIncompleteError } from "../../../src/hosts/office/excel-errors";
import { writeTables, type WriteOptions } from "../../../src/hosts/office/write-tables";
import { computeFailureText } from "../../../src/taskpane/error-text";
import { TOOL_MARK, type OutputTable } from "../../../src/workbook/output-table";

function table(name: string, units: string[], chart = false): OutputTable {
  return {
    name,
    title: `${TOOL_MARK}${name}`,
    columns: [
      { header: "地区", kind: "text", width: 14 },
      { header: "综合得分", kind: "score", width: 10 },
      { header: "排名", kind: "rank", width: 6 },
      { header: "说明", kind: "text", width: 40 },
    ],
    rows: units.map((u, i) => [u, 95 - i, i + 1, i === 0 ? "2026-03" : null]),
    scoreColumns: [1],
    chart: chart ? { title: `${name}得分`, categoryCol: 0, valueCol: 1 } : null,
  };
}

const options = (fake: FakeExcel, budget = 1_000_000): WriteOptions => ({ budget, features: detectFeatures(fake.isSetSupported) });
const input = { 地区: [["地区"], ["长春市"]] };

describe("writeTables", () => {
  it("writes title, headers and rows, with formula-looking and date-looking text kept as text", async () => {
    const fake = createFakeExcel(input);
    const report = await writeTables(fakeExcelEnv(fake), [table("2026-03 地区综合", ["=1+1", "-长春", "+吉林"])], options(fake));
    expect(report).toEqual({ written: ["2026-03 地区综合"], conflicts: [] });
    const sheet = fake.workbook.sheetByName("2026-03 地区综合")!;
    expect(sheet.grid()).toEqual([
      [`${TOOL_MARK}2026-03 地区综合`, null, null, null],
      ["地区", "综合得分", "排名", "说明"],
      ["=1+1", 95, 1, "2026-03"],
      ["-长春", 94, 2, null],
      ["+吉林", 93, 3, null],
    ]);
    for (let r = 0; r < 5; r++) for (let c = 0; c < 4; c++) expect(sheet.cell(r, c).formula).toBeNull();
    expect(sheet.cell(2, 1).numberFormat).toBe("0.00");
  });

  it("formats the sheet: frozen headers, widths, a filtered table, a colour scale and a chart", async () => {
    const fake = createFakeExcel(input);
    await writeTables(fakeExcelEnv(fake), [table("2026-03 地区综合", ["长春市", "吉林市"], true)], options(fake));
    const sheet = fake.workbook.sheetByName("2026-03 地区综合")!;
    expect(sheet.frozenRows).toBe(2);
    expect(sheet.columnWidths.get(0)).toBeGreaterThan(sheet.columnWidths.get(2)!);
    expect(sheet.styleAt(1, 3, "font.bold")).toBe(true);
    expect(sheet.tables).toHaveLength(1);
    expect(sheet.tables[0]).toMatchObject({ rect: { row: 1, col: 0, rows: 3, cols: 4 }, showFilterButton: true });
    expect(sheet.conditionalFormats).toEqual([
      expect.objectContaining({ rect: { row: 2, col: 1, rows: 2, cols: 1 }, type: "ColorScale" }),
    ]);
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.charts[0]).toMatchObject({
      type: "BarClustered",
      title: "2026-03 地区综合得分",
      series: [{ name: "综合得分", values: { row: 2, col: 1, rows: 2, cols: 1 }, xValues: { row: 2, col: 0, rows: 2, cols: 1 } }],
    });
  });

  it("writes a sheet without data rows with no table and no chart", async () => {
    const fake = createFakeExcel(input);
    await writeTables(fakeExcelEnv(fake), [table("2026-03 地区综合", [], true)], options(fake));
    const sheet = fake.workbook.sheetByName("2026-03 地区综合")!;
    expect(sheet.grid()).toHaveLength(2);
    expect(sheet.tables).toEqual([]);
    expect(sheet.charts).toEqual([]);
  });

  it("replaces the tool's own sheet and leaves no temporary sheet behind", async () => {
    const fake = createFakeExcel(input);
    const env = fakeExcelEnv(fake);
    await writeTables(env, [table("2026-03 地区综合", ["长春市", "吉林市"], true)], options(fake));
    await writeTables(env, [table("2026-03 地区综合", ["四平市"], true)], options(fake));
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["地区", "2026-03 地区综合"]);
    expect(fake.workbook.sheetByName("2026-03 地区综合")!.grid()[2]).toEqual(["四平市", 95, 1, "2026-03"]);
  });

  it("refuses to write over a same-named sheet the tool did not write, writing nothing", async () => {
    const fake = createFakeExcel({ ...input, "2026-03 月通报": [["我的笔记"]] });
    const before = fake.workbook.snapshot();
    const report = await writeTables(
      fakeExcelEnv(fake),
      [table("2026-03 地区综合", ["长春市"]), table("2026-03 月通报", ["长春市"])],
      options(fake),
    );
    expect(report).toEqual({ written: [], conflicts: ["2026-03 月通报"] });
    expect(fake.workbook.snapshot()).toEqual(before);
  });

  it("works on an ExcelApi 1.7 host without suspending screen updating", async () => {
    const fake = createFakeExcel(input, { apiVersion: "1.7" });
    await writeTables(fakeExcelEnv(fake), [table("2026-03 地区综合", ["长春市"], true)], options(fake));
    expect(fake.stats.calls.get("suspendScreenUpdatingUntilNextSync")).toBeUndefined();
    expect(fake.stats.calls.get("suspendApiCalculationUntilNextSync")).toBeGreaterThan(0);
    expect(fake.workbook.sheetByName("2026-03 地区综合")!.charts).toHaveLength(1);
  });

  it("writes in blocks within the budget, one sync per block plus a constant", async () => {
    const fake = createFakeExcel(input);
    const units = Array.from({ length: 2000 }, (_, i) => `吉林省某某市第${i}号承办单位`);
    const budget = 40_000;
    await writeTables(fakeExcelEnv(fake), [table("2026 年度考核", units)], options(fake, budget));
    expect(fake.workbook.sheetByName("2026 年度考核")!.grid()).toHaveLength(2002);
    const valueSyncs = fake.stats.syncs.filter((s) => s.requestBytes > budget / 2).length;
    expect(valueSyncs).toBeGreaterThan(3);
    expect(fake.stats.syncCount).toBeLessThanOrEqual(valueSyncs + 4);
    expect(fake.stats.maxRequestBytes).toBeLessThanOrEqual(budget + 20_000);
  });
});

describe("writeTables when Excel fails part-way", () => {
  const tables = [table("2026-03 地区综合", ["长春市", "吉林市"], true), table("2026-03 月通报", ["长春市"])];

  async function operationsOfAWrite(): Promise<number> {
    const fake = createFakeExcel(input);
    const env = fakeExcelEnv(fake);
    await writeTables(env, [table("2026-03 地区综合", ["旧"], true)], options(fake));
    const before = fake.operations;
    await writeTables(env, tables, options(fake));
    return fake.operations - before;
  }

  it("leaves the workbook as it was, or complete, whichever operation fails", async () => {
    const total = await operationsOfAWrite();
    expect(total).toBeGreaterThan(20);
    let rolledBack = 0;
    for (let n = 1; n <= total; n++) {
      const fake = createFakeExcel(input);
      const env = fakeExcelEnv(fake);
      await writeTables(env, [table("2026-03 地区综合", ["旧"], true)], options(fake));
      const before = fake.workbook.snapshot();
      fake.failOperation(n);
      let failed = false;
      await writeTables(env, tables, options(fake)).catch((e) => {
        failed = true;
        expect(e).toMatchObject({ code: "GeneralException" });
      });
      if (failed) {
        rolledBack++;
        expect({ n, state: fake.workbook.snapshot() }).toEqual({ n, state: before });
      } else {
        expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["地区", "2026-03 地区综合", "2026-03 月通报"]);
        expect(fake.workbook.sheetByName("2026-03 地区综合")!.grid()[2][0]).toBe("长春市");
      }
    }
    // Every failure before the commit rolls back; after it (rewriting the replaced sheet in place)
    // the write goes forward and completes.
    expect(rolledBack).toBeGreaterThan(total / 3);
    expect(rolledBack).toBeLessThan(total);
  });
});

describe("writeTables replaces an output sheet in place (ExcelApi 1.9)", () => {
  const name = "2026-03 地区综合";

  /** A user sheet with a formula over C3 of the output sheet, typed through the API as a user would. */
  async function withUserFormula(fake: FakeExcel): Promise<void> {
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.add("我的汇总");
      ws.getRange("A1").values = [[`='${name}'!C3`]];
      await context.sync();
    });
  }

  it("keeps the sheet's id, name and position, so a user's formula over it shows the new value", async () => {
    const fake = createFakeExcel(input);
    const env = fakeExcelEnv(fake);
    await writeTables(env, [table(name, ["长春市", "吉林市"], true)], options(fake));
    await withUserFormula(fake);
    const before = fake.workbook.sheetByName(name)!;
    const summary = fake.workbook.sheetByName("我的汇总")!;
    expect(fake.workbook.valueAt(summary, 0, 0)).toBe(1); // C3: rank of 长春市

    await writeTables(env, [table(name, ["四平市", "辽源市", "通化市"].reverse(), true)], options(fake));
    const after = fake.workbook.sheetByName(name)!;
    expect(after).toBe(before);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["地区", name, "我的汇总"]);
    expect(summary.cell(0, 0).formula).toBe(`='${name}'!C3`);
    expect(after.grid()[2]).toEqual(["通化市", 95, 1, "2026-03"]);
    expect(fake.workbook.valueAt(summary, 0, 0)).toBe(1);
    expect(after.grid()[4][0]).toBe("四平市");
    // One table, one chart, one colour scale: the old ones were removed, not stacked.
    expect(after.tables).toHaveLength(1);
    expect(after.charts).toHaveLength(1);
    expect(after.conditionalFormats).toHaveLength(1);
    expect(after.grid()).toHaveLength(5);
  });

  it("shows a changed value through the user's formula after a recompute", async () => {
    const fake = createFakeExcel(input);
    const env = fakeExcelEnv(fake);
    await writeTables(env, [table(name, ["长春市"])], options(fake));
    await fake.run(async (context) => {
      context.workbook.worksheets.add("我的汇总").getRange("A1").values = [[`='${name}'!B3`]];
      await context.sync();
    });
    const summary = fake.workbook.sheetByName("我的汇总")!;
    expect(fake.workbook.valueAt(summary, 0, 0)).toBe(95);
    const changed = table(name, ["长春市"]);
    changed.rows[0][1] = 88.5;
    await writeTables(env, [changed], options(fake));
    expect(fake.workbook.valueAt(summary, 0, 0)).toBe(88.5);
  });

  it("on an ExcelApi 1.8 host falls back to renaming aside, where Excel breaks such formulas (#REF!)", async () => {
    const fake = createFakeExcel(input, { apiVersion: "1.8" });
    const env = fakeExcelEnv(fake);
    await writeTables(env, [table(name, ["长春市"])], options(fake));
    await withUserFormula(fake);
    await writeTables(env, [table(name, ["吉林市"])], options(fake));
    const summary = fake.workbook.sheetByName("我的汇总")!;
    expect(fake.workbook.valueAt(summary, 0, 0)).toBe("#REF!");
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["地区", "我的汇总", name]);
  });

  it.each(["1.12", "1.8"])("replaces a VeryHidden tool sheet on an ExcelApi %s host and reports success", async (apiVersion) => {
    const fake = createFakeExcel(input, { apiVersion });
    const env = fakeExcelEnv(fake);
    await writeTables(env, [table(name, ["长春市"])], options(fake));
    fake.workbook.sheetByName(name)!.visibility = "VeryHidden";
    const report = await writeTables(env, [table(name, ["吉林市"])], options(fake));
    expect(report.written).toEqual([name]);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["地区", name]);
    expect(fake.workbook.sheetByName(name)!.grid()[2][0]).toBe("吉林市");
  });

  it("deletes a crashed compute's leftover temporary sheet, but refuses while another compute's is fresh", async () => {
    const clock = () => Date.UTC(2026, 3, 2, 9, 0);
    const fake = createFakeExcel({ ...input, [`接诉即办写入中${(clock() - 60_000).toString(36)}ab_1`]: [["x"]] });
    const env = fakeExcelEnv(fake);
    const before = fake.workbook.snapshot();
    await expect(writeTables(env, [table(name, ["长春市"])], { ...options(fake), clock })).rejects.toThrow(/另一位用户.*正在向这个工作簿写入/);
    expect(fake.workbook.snapshot()).toEqual(before);
    const later = () => clock() + 60 * 60_000;
    await writeTables(env, [table(name, ["长春市"])], { ...options(fake), clock: later });
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["地区", name]);
  });
});

describe("writeTables on a protected workbook", () => {
  const name = "2026-03 地区综合";

  it("refuses a workbook whose structure is protected, before writing anything", async () => {
    const fake = createFakeExcel(input, { protectedWorkbook: true });
    const before = fake.workbook.snapshot();
    await expect(writeTables(fakeExcelEnv(fake), [table(name, ["长春市"])], options(fake))).rejects.toThrow(/工作簿结构受保护.*撤销工作簿保护/);
    expect(fake.workbook.snapshot()).toEqual(before);
    expect(fake.stats.syncs.every((s) => !s.failed)).toBe(true);
  });

  it("refuses a protected output sheet by name, before writing anything", async () => {
    const fake = createFakeExcel(input);
    const env = fakeExcelEnv(fake);
    await writeTables(env, [table(name, ["长春市"])], options(fake));
    fake.workbook.sheetByName(name)!.protected = true;
    const before = fake.workbook.snapshot();
    await expect(writeTables(env, [table(name, ["吉林市"])], options(fake))).rejects.toThrow(`结果表“${name}”受保护`);
    expect(fake.workbook.snapshot()).toEqual(before);
  });
});

describe("writeTables when two people compute at once (co-authoring)", () => {
  const name = "2026-03 地区综合";

  it.each([
    ["replacing an existing output sheet", "Conflict", true],
    ["creating the output sheet", "ItemAlreadyExists", false],
  ])("when %s: the second fails cleanly (%s) and the first one's sheet stays intact", async (_, code, existing) => {
    const fake = createFakeExcel(input);
    if (existing) await writeTables(fakeExcelEnv(fake), [table(name, ["旧"], true)], options(fake));
    // Two add-ins (two users) on one workbook: separate environments, interleaved syncs.
    const first = writeTables(fakeExcelEnv(fake), [table(name, ["长春市", "吉林市"], true)], options(fake));
    const second = writeTables(fakeExcelEnv(fake), [table(name, ["四平市"], true)], options(fake));
    const [a, b] = await Promise.allSettled([first, second]);
    expect(a.status).toBe("fulfilled");
    expect(b).toMatchObject({ status: "rejected", reason: { code } });
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["地区", name]);
    const sheet = fake.workbook.sheetByName(name)!;
    expect(sheet.grid().slice(2).map((r) => r[0])).toEqual(["长春市", "吉林市"]);
    expect(sheet.tables).toHaveLength(1);
    expect(sheet.charts).toHaveLength(1);
  });
});

describe("writeTables print layout (ExcelApi 1.9)", () => {
  it("prints A4 landscape with the header row and column A on every page, the title above and page numbers below", async () => {
    const fake = createFakeExcel(input);
    await writeTables(fakeExcelEnv(fake), [table("2026-03 地区综合", ["长春市"])], options(fake));
    expect(fake.workbook.sheetByName("2026-03 地区综合")!.pageLayout).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { scale: 100 },
      printTitleRows: { row: 1, col: 0, rows: 1, cols: 16_384 },
      printTitleColumns: { row: 0, col: 0, rows: 1_048_576, cols: 1 },
      centerHeader: "2026-03 地区综合",
      centerFooter: "第 &P 页，共 &N 页",
    });
  });

  it("fits a ranking sheet to one page wide, portrait, and doubles an & of the title in the header", async () => {
    const fake = createFakeExcel(input);
    const t = table("2026Q1 季度排名", ["长春市"], true);
    t.print = { orientation: "portrait", fitToWidth: true, repeatColumns: 2, repeatHeaderRow: true, pageHeader: "季度排名 A&B" };
    await writeTables(fakeExcelEnv(fake), [t], options(fake));
    expect(fake.workbook.sheetByName("2026Q1 季度排名")!.pageLayout).toMatchObject({
      orientation: "Portrait",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleColumns: { col: 0, cols: 2 },
      centerHeader: "季度排名 A&&B",
    });
  });

  it("scales a wide score sheet onto the pages wide its layout asks for", async () => {
    const fake = createFakeExcel(input);
    const t = table("2026-03 承办单位得分", ["长春市"], false);
    t.print = { orientation: "landscape", fitToWidth: true, pagesWide: 3, repeatColumns: 1, repeatHeaderRow: true, pageHeader: "得分" };
    await writeTables(fakeExcelEnv(fake), [t], options(fake));
    expect(fake.workbook.sheetByName("2026-03 承办单位得分")!.pageLayout).toMatchObject({ zoom: { horizontalFitToPages: 3, verticalFitToPages: 0 } });
  });

  it("keeps the print layout when a recompute rewrites the sheet in place", async () => {
    const fake = createFakeExcel(input);
    const env = fakeExcelEnv(fake);
    await writeTables(env, [table("2026-03 地区综合", ["长春市"])], options(fake));
    await writeTables(env, [table("2026-03 地区综合", ["吉林市"])], options(fake));
    expect(fake.workbook.sheetByName("2026-03 地区综合")!.pageLayout).toMatchObject({ paperSize: "A4", centerHeader: "2026-03 地区综合" });
  });

  it("leaves the print layout to Excel's defaults on an ExcelApi 1.8 host", async () => {
    const fake = createFakeExcel(input, { apiVersion: "1.8" });
    await writeTables(fakeExcelEnv(fake), [table("2026-03 地区综合", ["长春市"])], options(fake));
    expect(fake.workbook.sheetByName("2026-03 地区综合")!.pageLayout.paperSize).toBeNull();
  });
});

describe("writeTables after the commit", () => {
  it("retries a failed in-place rewrite once, and says plainly when the retry fails too (never 'unchanged')", async () => {
    const fake = createFakeExcel(input);
    const env = fakeExcelEnv(fake);
    await writeTables(env, [table("2026-03 地区综合", ["旧"])], options(fake));
    const original = fake.beforeOperation.bind(fake);
    let failures = 0;
    fake.beforeOperation = (label: string) => {
      if (label === "Range.copyFrom") {
        failures++;
        throw Object.assign(new Error("boom"), { code: "GeneralException" });
      }
      original(label);
    };
    const error = await writeTables(env, [table("2026-03 地区综合", ["新"])], options(fake)).catch((e: unknown) => e);
    expect(failures).toBe(2);
    expect(error).toBeInstanceOf(WriteIncompleteError);
    expect((error as Error).message).toMatch(/^结果已开始写入.*部分结果表可能仍是上次的结果.*Excel 处理请求时出错/);
    expect(computeFailureText(error)).not.toContain("未改动");
    // No temporary sheet is left to block the next compute.
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["地区", "2026-03 地区综合"]);
  });

  it("completes the write when one operation of the in-place rewrite fails", async () => {
    const fake = createFakeExcel(input);
    const env = fakeExcelEnv(fake);
    await writeTables(env, [table("2026-03 地区综合", ["旧"])], options(fake));
    fake.failOperation(1, /Range\.copyFrom/);
    const report = await writeTables(env, [table("2026-03 地区综合", ["新"])], options(fake));
    expect(report.written).toEqual(["2026-03 地区综合"]);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["地区", "2026-03 地区综合"]);
    expect(fake.workbook.sheetByName("2026-03 地区综合")!.grid()[2][0]).toBe("新");
  });
});
