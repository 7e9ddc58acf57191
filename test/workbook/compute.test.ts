import { computeWorkbook } from "../../src/workbook/compute";
import { TOOL_MARK } from "../../src/workbook/output-table";
import { workedExampleGrids } from "../fixtures/worked-example-grids";

const now = new Date("2026-04-02T01:00:00Z");
const run = (period = "2026-03", existingSheets: { name: string; a1: unknown }[] = [], grids = workedExampleGrids()) =>
  computeWorkbook(grids, period, { now, existingSheets });

describe("computeWorkbook", () => {
  it("scores the RUBRIC §8 worked example end to end from grids", () => {
    const out = run();
    expect(out.ok).toBe(true);
    const json = out.json as any;
    expect(json.period).toBe("2026-03");
    expect(json.managementBodies[0]).toMatchObject({
      unit: "长春市12345热线管理中心", region: "长春市", score: 94.5, rank: null, base: 86.5, bonus: 10.5, penalty: 2.5,
      items: { M1: 19, M2: 18.5, M3: 30, M4: 10, M5: 9 },
    });
    expect(json.handlingUnits.find((u: any) => u.unit === "长春市住房和城乡建设局")).toMatchObject({
      score: 84.9, base: 85, bonus: 2.4, penalty: 2.5, items: { U1: 13, U2: 5, U3: 24, U4: 8, U5: 18, U6: 4, U7: 5, U8: 8 },
    });
    expect(json.regions[0]).toMatchObject({ region: "长春市", group: "市州", score: 93.27, bodyScore: 94.5, unitsScore: 92.45, rank: 1 });
  });

  it("writes the month's four sheets, its 通报稿 and 计算说明, each marked as the tool's", () => {
    const out = run();
    expect(out.tables.map((t) => t.name)).toEqual([
      "2026-03 管理机构得分", "2026-03 承办单位得分", "2026-03 地区综合", "2026-03 月通报", "2026-03 通报稿", "计算说明",
    ]);
    for (const t of out.tables) expect(t.title.startsWith(TOOL_MARK)).toBe(true);
  });

  it("writes only the quarter's ranking, its 通报稿 and 计算说明 unless the months' sheets are asked for", () => {
    expect(run("2026Q1").tables.map((t) => t.name)).toEqual(["2026Q1 季度排名", "2026Q1 通报稿", "计算说明"]);
    const withMonths = computeWorkbook(workedExampleGrids(), "2026Q1", { now, existingSheets: [], withMonths: true });
    expect(withMonths.tables.map((t) => t.name)).toEqual([
      "2026Q1 季度排名", "2026Q1 通报稿", "2026-03 管理机构得分", "2026-03 承办单位得分", "2026-03 地区综合", "2026-03 月通报", "计算说明",
    ]);
  });

  it("builds no tables when the caller writes none, and no JSON when it is not asked for", () => {
    const jsonOnly = computeWorkbook(workedExampleGrids(), "2026-03", { now, existingSheets: [], tables: false });
    expect(jsonOnly.ok).toBe(true);
    expect(jsonOnly.tables).toEqual([]);
    expect((jsonOnly.json as any).regions[0].score).toBe(93.27);
    const tablesOnly = computeWorkbook(workedExampleGrids(), "2026-03", { now, existingSheets: [], json: false });
    expect(tablesOnly.json).toBeNull();
    expect(tablesOnly.tables).toHaveLength(6);
    expect(tablesOnly.result?.months[0].regions[0].composite?.toString()).toBe("93.27");
  });

  it("checks sheet names only when tables are to be written", () => {
    const existingSheets = [{ name: "2026-03 地区综合", a1: "我的笔记" }];
    expect(computeWorkbook(workedExampleGrids(), "2026-03", { now, existingSheets, tables: false }).ok).toBe(true);
  });

  it("replaces sheets the tool wrote earlier", () => {
    const out = run("2026-03", [{ name: "2026-03 管理机构得分", a1: `${TOOL_MARK}2026-03 管理机构得分` }]);
    expect(out.ok).toBe(true);
  });

  it("refuses to overwrite a user's sheet of the same name and names it", () => {
    const out = run("2026-03", [{ name: "2026-03 地区综合", a1: "我的笔记" }]);
    expect(out.ok).toBe(false);
    expect(out.tables).toEqual([]);
    expect(out.problems).toEqual([expect.objectContaining({ severity: "error", sheet: "2026-03 地区综合", row: 0, col: 0 })]);
  });

  it("says clearly that a period has no data instead of writing empty sheets", () => {
    const out = run("2026-05");
    expect(out.ok).toBe(false);
    expect(out.problems[0].message).toContain("期间2026-05没有任何统计或台账数据");
    expect(out.problems[0].message).toContain("2026-03");
  });

  it("writes nothing when the workbook has an error", () => {
    const grids = workedExampleGrids();
    grids["办理统计"][1][3] = 500; // 及时签收 500 > 转派 400
    const out = run("2026-03", [], grids);
    expect(out.ok).toBe(false);
    expect(out.tables).toEqual([]);
    expect(out.problems.some((p) => p.sheet === "办理统计" && p.row === 1 && p.col === 3)).toBe(true);
  });

  it("throws on a period that is not a month, quarter or year (hosts check first)", () => {
    expect(() => run("March")).toThrow(RangeError);
  });
});
