/** The fake is at least as strict as Excel: each behaviour below cites its source in src/hosts/fake. */
import { createFakeExcel, type FakeExcel } from "../../../src/hosts/fake";

const write = (fake: FakeExcel, sheet: string, address: string, values: unknown[][]) =>
  fake.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(address).values = values;
    await context.sync();
  });

describe("fake Excel: formulas that refer to other sheets", () => {
  it("show the referenced cell, follow a rename, survive a rewrite of the cells and become #REF! when the sheet is deleted", async () => {
    const fake = createFakeExcel({ "2026-03 地区综合": [["t"], ["h"], ["长春市", 93.27]], 汇总: [["x"]] });
    await write(fake, "汇总", "A1:B1", [["='2026-03 地区综合'!B3", "=汇总!A1"]]);
    const summary = fake.workbook.sheetByName("汇总")!;
    const results = fake.workbook.sheetByName("2026-03 地区综合")!;
    expect(fake.workbook.valueAt(summary, 0, 0)).toBe(93.27);

    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("2026-03 地区综合");
      ws.getRange().clear("All");
      ws.getRange("B3").values = [[88]];
      await context.sync();
    });
    expect(summary.cell(0, 0).formula).toBe("='2026-03 地区综合'!B3");
    expect(fake.workbook.valueAt(summary, 0, 0)).toBe(88);

    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("2026-03 地区综合").name = "旧表";
      await context.sync();
    });
    expect(summary.cell(0, 0).formula).toBe("=旧表!B3");
    expect(fake.workbook.valueAt(summary, 0, 0)).toBe(88);

    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("旧表").delete();
      await context.sync();
    });
    expect(results.deleted).toBe(true);
    expect(summary.cell(0, 0).formula).toBe("=#REF!B3");
    expect(fake.workbook.valueAt(summary, 0, 0)).toBe("#REF!");
    // A formula over its own sheet is untouched.
    expect(summary.cell(0, 1).formula).toBe("=汇总!A1");
  });
});

describe("fake Excel: sheets", () => {
  it("refuses to delete a VeryHidden sheet (InvalidOperation) and deletes it once Hidden", async () => {
    const fake = createFakeExcel({ A: [["a"]], B: [["b"]] });
    fake.workbook.sheetByName("B")!.visibility = "VeryHidden";
    const del = fake.run(async (context) => {
      context.workbook.worksheets.getItem("B").delete();
      await context.sync();
    });
    await expect(del).rejects.toMatchObject({ code: "InvalidOperation" });
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("B");
      ws.visibility = "Hidden";
      ws.delete();
      await context.sync();
    });
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["A"]);
  });

  it.each(["hidden", "veryHidden", "Shown"])("refuses the sheet visibility %j (not an Excel.SheetVisibility value)", async (v) => {
    const fake = createFakeExcel({ A: [["a"]], B: [["b"]] });
    const run = fake.run(async (context) => {
      context.workbook.worksheets.getItem("B").visibility = v as Excel.SheetVisibility;
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("models protection: a protected sheet refuses writes, a protected workbook refuses new sheets (AccessDenied)", async () => {
    const fake = createFakeExcel({ A: [["a"]], B: [["b"]] }, { protectedSheets: ["A"], protectedWorkbook: true });
    const state = await fake.run(async (context) => {
      const a = context.workbook.worksheets.getItem("A").protection.load("protected");
      const b = context.workbook.worksheets.getItem("B").protection.load("protected");
      const wb = context.workbook.protection.load("protected");
      await context.sync();
      return [a.protected, b.protected, wb.protected];
    });
    expect(state).toEqual([true, false, true]);
    await expect(write(fake, "A", "A1", [["x"]])).rejects.toMatchObject({ code: "AccessDenied" });
    await write(fake, "B", "A1", [["x"]]);
    const add = fake.run(async (context) => {
      context.workbook.worksheets.add("C");
      await context.sync();
    });
    await expect(add).rejects.toMatchObject({ code: "AccessDenied" });
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["A", "B"]);
  });

  it("raises Conflict when a second open context changes a sheet the first is changing", async () => {
    const fake = createFakeExcel({ A: [["a"]] });
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const first = fake.run(async (context) => {
      context.workbook.worksheets.getItem("A").getRange("A1").values = [["first"]];
      await context.sync();
      await held;
    });
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    await expect(write(fake, "A", "A2", [["second"]])).rejects.toMatchObject({ code: "Conflict" });
    release();
    await first;
    await write(fake, "A", "A2", [["later"]]);
    expect(fake.workbook.sheetByName("A")!.grid()).toEqual([["first"], ["later"]]);
  });

  it("answers DATE in the workbook's date system", async () => {
    for (const [date1904, serial] of [[false, 46082], [true, 44620]] as const) {
      const fake = createFakeExcel({}, { date1904 });
      const value = await fake.run(async (context) => {
        const r = context.workbook.functions.date(2026, 3, 1).load("value");
        await context.sync();
        return r.value;
      });
      expect(value).toBe(serial);
    }
  });
});

describe("fake Excel: enum-typed strings", () => {
  const run = (fake: FakeExcel, body: (context: Excel.RequestContext) => void) =>
    fake.run(async (context) => {
      body(context as unknown as Excel.RequestContext);
      await context.sync();
    });

  it("refuses camelCase colour-scale criteria, as Excel's enum values are LowestValue, Percentile, HighestValue", async () => {
    const fake = createFakeExcel({ S: [[1], [2], [3]] });
    const bad = run(fake, (context) => {
      const cf = context.workbook.worksheets.getItem("S").getRange("A1:A3").conditionalFormats.add("ColorScale");
      cf.colorScale.criteria = {
        minimum: { type: "lowestValue" as Excel.ConditionalFormatColorCriterionType, color: "#F8696B" },
        maximum: { type: "HighestValue", color: "#63BE7B" },
      };
    });
    await expect(bad).rejects.toMatchObject({ code: "InvalidArgument" });
    const noFormula = run(fake, (context) => {
      const cf = context.workbook.worksheets.getItem("S").getRange("A1:A3").conditionalFormats.add("ColorScale");
      cf.colorScale.criteria = { minimum: { type: "LowestValue" }, midpoint: { type: "Percentile" }, maximum: { type: "HighestValue" } };
    });
    await expect(noFormula).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it.each([
    ["a chart type", (c: Excel.RequestContext) => c.workbook.worksheets.getItem("S").charts.add("barClustered" as Excel.ChartType, c.workbook.worksheets.getItem("S").getRange("A1:A3"))],
    ["a conditional format type", (c: Excel.RequestContext) => c.workbook.worksheets.getItem("S").getRange("A1").conditionalFormats.add("colorScale" as Excel.ConditionalFormatType)],
    ["a page orientation", (c: Excel.RequestContext) => (c.workbook.worksheets.getItem("S").pageLayout.orientation = "landscape" as Excel.PageOrientation)],
    ["a paper size", (c: Excel.RequestContext) => (c.workbook.worksheets.getItem("S").pageLayout.paperSize = "a4" as Excel.PaperType)],
    ["a zoom mixing scale and fit", (c: Excel.RequestContext) => (c.workbook.worksheets.getItem("S").pageLayout.zoom = { scale: 90, horizontalFitToPages: 1 })],
    ["print title rows that are not whole rows", (c: Excel.RequestContext) => c.workbook.worksheets.getItem("S").pageLayout.setPrintTitleRows("A2:C2")],
  ])("refuses %s Excel does not know (InvalidArgument)", async (_, body) => {
    await expect(run(createFakeExcel({ S: [[1], [2], [3]] }), body)).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("refuses page layout on a host without ExcelApi 1.9 (ApiNotFound)", async () => {
    const fake = createFakeExcel({ S: [[1]] }, { apiVersion: "1.8" });
    await expect(run(fake, (c) => (c.workbook.worksheets.getItem("S").pageLayout.paperSize = "A4"))).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});
