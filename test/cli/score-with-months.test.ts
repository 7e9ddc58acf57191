import { promises as fs } from "fs";
import path from "path";
import { exists, runCli, sheetNames, tempDir, workedExampleGrids, writeGridsFile } from "./helpers";

const INPUT_SHEETS = ["地区", "单位", "受理统计", "办理统计", "台账"];
const MARCH = ["2026-03 管理机构得分", "2026-03 承办单位得分", "2026-03 地区综合", "2026-03 月通报"];

describe("jsjb score of a quarter: the months' sheets only with --with-months", () => {
  let dir: string;
  let input: string;

  beforeAll(async () => {
    dir = await tempDir("with-months");
    input = path.join(dir, "input.xlsx");
    await writeGridsFile(input, workedExampleGrids());
  });

  it("writes the quarter's ranking, its 通报稿 and 计算说明, no month sheets, by default", async () => {
    const out = path.join(dir, "quarter.xlsx");
    const run = await runCli("score", input, "--period", "2026Q1", "--out", out);
    expect(run.code).toBe(0);
    expect(await sheetNames(out)).toEqual([...INPUT_SHEETS, "2026Q1 季度排名", "2026Q1 通报稿", "计算说明"]);
    expect(run.out.join("\n")).toContain("（3 个结果工作表）");
  }, 30_000);

  it("also writes each month's sheets with --with-months", async () => {
    const out = path.join(dir, "quarter-months.xlsx");
    expect((await runCli("score", input, "--period", "2026Q1", "--with-months", "--out", out)).code).toBe(0);
    expect(await sheetNames(out)).toEqual([...INPUT_SHEETS, "2026Q1 季度排名", "2026Q1 通报稿", ...MARCH, "计算说明"]);
  }, 30_000);

  it("writes the JSON alone with --json: period scores, the months' documents only with --with-months", async () => {
    const json = path.join(dir, "quarter.json");
    expect((await runCli("score", input, "--period", "2026Q1", "--json", json)).code).toBe(0);
    expect(await exists(json)).toBe(true);
    const doc = JSON.parse(await fs.readFile(json, "utf8"));
    expect(doc.handlingUnits.length).toBeGreaterThan(0);
    expect(doc.handlingUnits[0].months).toHaveProperty("2026-03");
    expect(doc).not.toHaveProperty("monthly");

    const withMonths = path.join(dir, "quarter-months.json");
    expect((await runCli("score", input, "--period", "2026Q1", "--with-months", "--json", withMonths)).code).toBe(0);
    const full = JSON.parse(await fs.readFile(withMonths, "utf8"));
    expect(full.monthly.map((m: { period: string }) => m.period)).toEqual(["2026-03"]);
    // The months' 达标差距 come with them (RUBRIC §9 worked check: 长春市住房和城乡建设局 U1 needs 8 more).
    const unit = full.monthly[0].handlingUnits.find((u: { unit: string }) => u.unit === "长春市住房和城乡建设局");
    expect(unit.hints).toContainEqual({ item: "U1", count: "及时签收工单量", change: 8 });
  }, 30_000);
});
