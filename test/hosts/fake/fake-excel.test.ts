import { createFakeExcel, FakeExcelError } from "../../../src/hosts/fake";

describe("fake Excel proxies", () => {
  it("throws PropertyNotLoaded when a property is read before load and sync", async () => {
    const fake = createFakeExcel({ 地区: [["地区"], ["长春市"]] });
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("地区").getRange("A1:A2");
      expect(() => range.values).toThrow(/not available.*load/);
      range.load("values");
      expect(() => range.values).toThrow(FakeExcelError);
      await context.sync();
      expect(range.values).toEqual([["地区"], ["长春市"]]);
      expect(() => range.rowCount).toThrow(/'rowCount' is not available/);
    });
  });

  it("fills a collection's items only after load and sync", async () => {
    const fake = createFakeExcel({ 地区: [["地区"]], 单位: [["单位"]] });
    const names = await fake.run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(/'items' is not available/);
      sheets.load("items/name");
      await context.sync();
      expect(() => sheets.items[0].id).toThrow(/'id' is not available/);
      return sheets.items.map((s) => s.name);
    });
    expect(names).toEqual(["地区", "单位"]);
  });

  it("rejects at sync a values array whose shape differs from the range", async () => {
    const fake = createFakeExcel({ S: [["a"]] });
    const write = fake.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1:B2").values = [["x", "y"]];
      await context.sync();
    });
    await expect(write).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(fake.workbook.sheetByName("S")!.grid()).toEqual([["a"]]);
  });

  it("turns =1+1 into a formula unless the cell is formatted as text", async () => {
    const fake = createFakeExcel({ S: [["a"]] });
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A1").values = [["=1+1"]];
      sheet.getRange("B1").numberFormat = [["@"]];
      sheet.getRange("B1").values = [["=1+1"]];
      await context.sync();
    });
    const s = fake.workbook.sheetByName("S")!;
    expect(s.cell(0, 0).formula).toBe("=1+1");
    expect(s.cell(0, 1)).toEqual({ value: "=1+1", formula: null, numberFormat: "@" });
  });

  it("types general text as Excel does: numbers, dates, -x formulas, apostrophe text", async () => {
    const fake = createFakeExcel({ S: [["a"]] });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1:E1").values = [["007", "2026-03", "-abc", "'=x", "-"]];
      await context.sync();
    });
    const s = fake.workbook.sheetByName("S")!;
    expect(s.cell(0, 0).value).toBe(7);
    expect(s.cell(0, 1).value).toBe(46082); // 2026-03-01
    expect(s.cell(0, 2).formula).toBe("=-abc");
    expect(s.cell(0, 3).value).toBe("=x");
    expect(s.cell(0, 4).value).toBe("-");
  });

  it("leaves a cell unchanged where the values array holds null", async () => {
    const fake = createFakeExcel({ S: [["keep", "old"]] });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1:B1").values = [[null, "new"]];
      await context.sync();
    });
    expect(fake.workbook.sheetByName("S")!.grid()).toEqual([["keep", "new"]]);
  });

  it.each([
    ["a/b", "InvalidArgument"],
    ["x".repeat(32), "InvalidArgument"],
    ["'quoted", "InvalidArgument"],
    ["history", "InvalidArgument"],
    ["s", "ItemAlreadyExists"],
    ["", "InvalidArgument"],
  ])("refuses the sheet name %j with %s", async (name, code) => {
    const fake = createFakeExcel({ S: [["a"]] });
    const add = fake.run(async (context) => {
      context.workbook.worksheets.add(name);
      await context.sync();
    });
    await expect(add).rejects.toMatchObject({ code });
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["S"]);
  });

  it("accepts a 31-character sheet name with a space and a hyphen", async () => {
    const fake = createFakeExcel();
    const name = `2026-03 ${"长".repeat(23)}`;
    await fake.run(async (context) => {
      context.workbook.worksheets.add(name);
      await context.sync();
    });
    expect(fake.workbook.sheetByName(name)).toBeDefined();
  });

  it("applies operations before a failing one and drops those after it", async () => {
    const fake = createFakeExcel({ S: [["a"]] });
    const run = fake.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.add("one");
      sheets.add("bad/name");
      sheets.add("three");
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["S", "one"]);
  });

  it("fails the n-th operation when a failure is injected", async () => {
    const fake = createFakeExcel({ S: [["a"]] });
    fake.failOperation(2);
    const run = fake.run(async (context) => {
      context.workbook.worksheets.add("one");
      context.workbook.worksheets.add("two");
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "GeneralException" });
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["S", "one"]);
  });

  it("refuses a request over the payload limit without applying any of it", async () => {
    const fake = createFakeExcel({ S: [["a"]] }, { payloadLimitBytes: 10_000 });
    const big = Array.from({ length: 1000 }, () => ["长春市住房和城乡建设局"]);
    const run = fake.run(async (context) => {
      context.workbook.worksheets.add("new");
      context.workbook.worksheets.getItem("S").getRange("A1:A1000").values = big;
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["S"]);
    expect(fake.stats.maxRequestBytes).toBeGreaterThan(1000 * 33);
  });

  it("counts syncs and the bytes each one sends and receives", async () => {
    const fake = createFakeExcel({ S: [["长春市"]] });
    await fake.run(async (context) => {
      const r = context.workbook.worksheets.getItem("S").getRange("A1").load("values");
      await context.sync();
      await context.sync();
      return r.values;
    });
    expect(fake.stats.syncCount).toBe(2);
    expect(fake.stats.syncs[0].responseBytes).toBeGreaterThanOrEqual(JSON.stringify({ values: [["长春市"]] }).length + 6);
    expect(fake.stats.syncs[1].operations).toBe(0);
  });

  it("fails a batch that returns with operations never synced", async () => {
    const fake = createFakeExcel({ S: [["a"]] });
    const run = fake.run(async (context) => {
      context.workbook.worksheets.add("lost");
    });
    await expect(run).rejects.toThrow(/never synced/);
  });

  it("refuses to queue on an object whose Excel.run has ended", async () => {
    const fake = createFakeExcel({ S: [["a"]] });
    const sheet = await fake.run(async (context) => context.workbook.worksheets.getItem("S"));
    expect(() => sheet.activate()).toThrow(/has ended/);
  });

  it("answers getItemOrNullObject with a null object for a missing sheet", async () => {
    const fake = createFakeExcel({ S: [["a"]] });
    const [missing, present] = await fake.run(async (context) => {
      const a = context.workbook.worksheets.getItemOrNullObject("无此表").load("name");
      const b = context.workbook.worksheets.getItemOrNullObject("s").load("name");
      await context.sync();
      return [a.isNullObject, b.isNullObject && b.name];
    });
    expect(missing).toBe(true);
    expect(present).toBe(false);
  });

  it("reports the used range where the data is, not from A1", async () => {
    const fake = createFakeExcel({ S: [[null, null], [null, "x", "y"]], E: [] });
    const [rect, emptyIsNull] = await fake.run(async (context) => {
      const used = context.workbook.worksheets.getItem("S").getUsedRangeOrNullObject(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount,address");
      const empty = context.workbook.worksheets.getItem("E").getUsedRangeOrNullObject(true).load("rowCount");
      await context.sync();
      return [[used.rowIndex, used.columnIndex, used.rowCount, used.columnCount, used.address], empty.isNullObject];
    });
    expect(rect).toEqual([1, 1, 1, 2, "S!B2:C2"]);
    expect(emptyIsNull).toBe(true);
  });

  it("reports ItemNotFound at sync for getItem of a missing sheet", async () => {
    const fake = createFakeExcel({ S: [["a"]] });
    const run = fake.run(async (context) => {
      context.workbook.worksheets.getItem("无此表").getRange("A1").load("values");
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("refuses to delete or hide the last visible sheet", async () => {
    const fake = createFakeExcel({ S: [["a"]] });
    const del = fake.run(async (context) => {
      context.workbook.worksheets.getItem("S").delete();
      await context.sync();
    });
    await expect(del).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(fake.workbook.sheets).toHaveLength(1);
  });

  it("invalidates objects of a deleted sheet", async () => {
    const fake = createFakeExcel({ S: [["a"]], T: [["b"]] });
    const run = fake.run(async (context) => {
      const t = context.workbook.worksheets.getItem("T");
      t.delete();
      t.getRange("A1").values = [["x"]];
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "InvalidObjectPath" });
  });

  it("moves the selection and the active sheet on select", async () => {
    const fake = createFakeExcel({ S: [["a"]], T: [["b"]] });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("T").getRangeByIndexes(11, 5, 1, 1).select();
      await context.sync();
    });
    const t = fake.workbook.sheetByName("T")!;
    expect(fake.workbook.selection).toEqual({ sheetId: t.id, rect: { row: 11, col: 5, rows: 1, cols: 1 } });
    expect(fake.workbook.activeSheetId).toBe(t.id);
  });
});

describe("fake Excel API sets", () => {
  it("answers isSetSupported from the host's ExcelApi version", () => {
    const fake = createFakeExcel({}, { apiVersion: "1.7" });
    expect(fake.isSetSupported("ExcelApi", "1.7")).toBe(true);
    expect(fake.isSetSupported("ExcelApi", "1.8")).toBe(false);
    expect(fake.isSetSupported("WordApi", "1.1")).toBe(false);
    expect(createFakeExcel({}, { apiVersion: "1.12" }).isSetSupported("ExcelApi", "1.9")).toBe(true);
  });

  it("rejects data validation on an ExcelApi 1.7 host", async () => {
    const fake = createFakeExcel({ S: [["a"]] }, { apiVersion: "1.7" });
    const run = fake.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A2:A10").dataValidation.rule = { list: { inCellDropDown: true, source: "a,b" } };
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("rejects an inline dropdown list longer than 255 characters", async () => {
    const fake = createFakeExcel({ S: [["a"]] });
    const run = fake.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A2:A10").dataValidation.rule = { list: { inCellDropDown: true, source: "x".repeat(256) } };
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("rejects screen-updating suspension below ExcelApi 1.9", async () => {
    const fake = createFakeExcel({ S: [["a"]] }, { apiVersion: "1.8" });
    const run = fake.run(async (context) => {
      context.application.suspendScreenUpdatingUntilNextSync();
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

describe("fake Excel tables and charts", () => {
  it("refuses a table name already used in the workbook and an overlapping table", async () => {
    const fake = createFakeExcel({ S: [["h1", "h2"], [1, 2]], T: [["h"], [1]] });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("S").tables.add("A1:B2", true).name = "成绩";
      await context.sync();
    });
    const dup = fake.run(async (context) => {
      context.workbook.worksheets.getItem("T").tables.add("A1:A2", true).name = "成绩";
      await context.sync();
    });
    await expect(dup).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    const overlap = fake.run(async (context) => {
      context.workbook.worksheets.getItem("S").tables.add("B1:B2", true);
      await context.sync();
    });
    await expect(overlap).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(fake.workbook.allTables().map((t) => t.name)).toEqual(["成绩", "Table1"]); // the add before the failing rename stays applied
  });

  it("refuses a table name that reads as a cell reference", async () => {
    const fake = createFakeExcel({ S: [["h"], [1]] });
    const run = fake.run(async (context) => {
      context.workbook.worksheets.getItem("S").tables.add("A1:A2", true).name = "AB12";
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("builds a chart whose series takes categories from another column", async () => {
    const fake = createFakeExcel({ S: [["地区", "x", "得分"], ["长春市", 0, 95], ["吉林市", 0, 90]] });
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      const chart = sheet.charts.add("BarClustered", sheet.getRange("C2:C3"), "Columns");
      chart.series.getItemAt(0).setXAxisValues(sheet.getRange("A2:A3"));
      chart.title.text = "综合得分";
      await context.sync();
    });
    const [chart] = fake.workbook.sheetByName("S")!.charts;
    expect(chart.title).toBe("综合得分");
    expect(chart.series).toEqual([
      { name: "系列1", values: { row: 1, col: 2, rows: 2, cols: 1 }, xValues: { row: 1, col: 0, rows: 2, cols: 1 } },
    ]);
  });
});
