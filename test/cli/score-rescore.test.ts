import { promises as fs } from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { exists, HEADERS, loadWorkbook, runCli, sheetNames, tempDir, workedExampleGrids, writeGridsFile } from "./helpers";

describe("scoring the tool's own output again", () => {
  let dir: string;
  let input: string;

  beforeAll(async () => {
    dir = await tempDir("rescore");
    input = path.join(dir, "input.xlsx");
    await writeGridsFile(input, workedExampleGrids());
  });

  it("replaces the sheets it wrote and never duplicates them", async () => {
    const first = path.join(dir, "first.xlsx");
    const second = path.join(dir, "second.xlsx");
    const third = path.join(dir, "third.xlsx");
    expect((await runCli("score", input, "--period", "2026-03", "--out", first)).code).toBe(0);
    expect((await runCli("score", first, "--period", "2026-03", "--out", second)).code).toBe(0);
    expect((await runCli("score", second, "--period", "2026-03", "--out", third)).code).toBe(0);
    const names = await sheetNames(first);
    expect(names).toEqual(["地区", "单位", "受理统计", "办理统计", "台账", "2026-03 管理机构得分", "2026-03 承办单位得分", "2026-03 地区综合", "2026-03 月通报", "2026-03 通报稿", "计算说明"]);
    expect(await sheetNames(second)).toEqual(names);
    expect(await sheetNames(third)).toEqual(names);
  }, 30_000);

  it("keeps the sheets of another period and replaces 计算说明 in place", async () => {
    const march = path.join(dir, "march.xlsx");
    const quarter = path.join(dir, "quarter.xlsx");
    expect((await runCli("score", input, "--period", "2026-03", "--out", march)).code).toBe(0);
    expect((await runCli("score", march, "--period", "2026Q1", "--out", quarter)).code).toBe(0);
    const names = await sheetNames(quarter);
    expect(names.filter((n) => n === "计算说明")).toHaveLength(1);
    expect(names.filter((n) => n === "2026-03 管理机构得分")).toHaveLength(1);
    expect(names).toContain("2026Q1 季度排名");
    expect(new Set(names).size).toBe(names.length);
  }, 30_000);

  it("refuses to overwrite a user's sheet named like an output sheet: exit 1, nothing written, input untouched", async () => {
    const grids = { ...workedExampleGrids(), "2026-03 管理机构得分": [["我自己的笔记"], ["不要覆盖"]] };
    const mine = path.join(dir, "mine.xlsx");
    await writeGridsFile(mine, grids);
    const before = await fs.readFile(mine);
    const out = path.join(dir, "mine.scored.xlsx");
    const json = path.join(dir, "mine.json");
    const run = await runCli("score", mine, "--period", "2026-03", "--out", out, "--json", json);
    expect(run.code).toBe(1);
    expect(run.err.join("\n")).toMatch(/2026-03 管理机构得分.*不是本工具生成/);
    expect(await exists(out)).toBe(false);
    expect(await exists(json)).toBe(false);
    expect(await fs.readFile(mine)).toEqual(before);
  }, 30_000);
});

describe("text that looks like a formula", () => {
  const names = ["=1+1", "+8643188886666", "-测试单位", "@承办单位", "=HYPERLINK(\"http://x\",\"x\")"];
  let out: string;

  beforeAll(async () => {
    const dir = await tempDir("formula-text");
    const input = path.join(dir, "input.xlsx");
    out = path.join(dir, "out.xlsx");
    await writeGridsFile(input, {
      地区: [HEADERS.regions, ["某市", null, "市州"]],
      单位: [HEADERS.subjects, ...names.map((n) => [n, "承办单位", "某市", "市直部门"])],
      受理统计: [HEADERS.bodyStats],
      办理统计: [HEADERS.unitStats, ...names.map((n) => ["2026-03", n, 10, 10, 0, 0, 10, 10, 0, 10, 0, 5, 5])],
      台账: [HEADERS.ledger],
    });
    const run = await runCli("score", input, "--period", "2026-03", "--out", out);
    expect(run.err).toEqual([]);
    expect(run.code).toBe(0);
  }, 30_000);

  it.each(names)("stays a text cell %s in the saved output sheet", async (name) => {
    const sheet = (await loadWorkbook(out)).getWorksheet("2026-03 承办单位得分")!;
    const cells: ExcelJS.Cell[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => void (cell.value === name && cells.push(cell))));
    expect(cells).toHaveLength(1);
    expect(cells[0].type).toBe(ExcelJS.ValueType.String);
    expect(cells[0].formula).toBeUndefined();
  });

  it("writes no formula anywhere in the output sheets", async () => {
    const workbook = await loadWorkbook(out);
    let formulas = 0;
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) => row.eachCell((cell) => void (cell.type === ExcelJS.ValueType.Formula && formulas++)));
    }
    expect(formulas).toBe(0);
  });
});
