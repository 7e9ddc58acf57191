import { createFakeExcel, fakeExcelEnv } from "../../../src/hosts/fake";
import { PROBE_ROWS, readSheets } from "../../../src/hosts/office/read-sheets";
import { TOOL_MARK } from "../../../src/workbook/output-table";

const longRows = (n: number) => [["月份", "单位", "说明"], ...Array.from({ length: n }, (_, i) => ["2026-03", `单位${i}`, "长".repeat(40)])];

describe("readSheets", () => {
  it("returns grids anchored at A1 with empty cells as null, whatever the used range", async () => {
    const fake = createFakeExcel({ 地区: [[null, null], [null, "地区", "上级地区"], [null, "长春市", ""]] });
    const { grids } = await readSheets(fakeExcelEnv(fake), ["地区"], { budget: 1_000_000 });
    expect(grids.地区).toEqual([[null, null, null], [null, "地区", "上级地区"], [null, "长春市", null]]);
  });

  it("leaves missing sheets out and gives an empty grid for an empty sheet", async () => {
    const fake = createFakeExcel({ 地区: [], Sheet1: [["x"]] });
    const { grids } = await readSheets(fakeExcelEnv(fake), ["地区", "单位"], { budget: 1_000_000 });
    expect(grids).toEqual({ 地区: [] });
  });

  it("reports every sheet with its A1 value", async () => {
    const fake = createFakeExcel({ 地区: [["地区"]], "2026-03 地区综合": [[`${TOOL_MARK}标题`]], 空表: [] });
    const { existingSheets } = await readSheets(fakeExcelEnv(fake), ["地区"], { budget: 1_000_000 });
    expect(existingSheets).toEqual([
      { name: "地区", a1: "地区" },
      { name: "2026-03 地区综合", a1: `${TOOL_MARK}标题` },
      { name: "空表", a1: null },
    ]);
  });

  it("reads small sheets together in a single block after listing sheets and used ranges", async () => {
    const fake = createFakeExcel({ 地区: [["地区"], ["长春市"]], 单位: [["单位"], ["长春市水务局"]] });
    await readSheets(fakeExcelEnv(fake), ["地区", "单位"], { budget: 1_000_000 });
    expect(fake.stats.syncCount).toBe(3);
  });

  it("reads a large sheet in blocks that stay within the budget, one sync per block", async () => {
    const rows = longRows(3000);
    const fake = createFakeExcel({ 台账: rows });
    const budget = 50_000;
    const progress: number[] = [];
    const { grids } = await readSheets(fakeExcelEnv(fake), ["台账"], { budget, onProgress: (done) => progress.push(done) });
    expect(grids.台账).toEqual(rows);
    const dataBytes = new TextEncoder().encode(JSON.stringify(rows)).length;
    const blockSyncs = fake.stats.syncCount - 2;
    expect(blockSyncs).toBe(progress.length);
    // the probe block, then blocks each filling most of the budget
    expect(blockSyncs).toBeLessThanOrEqual(2 + Math.ceil((dataBytes * 1.25) / budget));
    expect(progress[0]).toBe(PROBE_ROWS);
    expect(progress[progress.length - 1]).toBe(rows.length);
    expect(fake.stats.maxResponseBytes).toBeLessThanOrEqual(budget * 1.1);
  });
});
