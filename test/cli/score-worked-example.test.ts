import { promises as fs } from "fs";
import path from "path";
import { HEADERS, loadWorkbook, outputRow, runCli, statsRow, tempDir, workedExampleGrids, writeGridsFile } from "./helpers";

describe("jsjb score on the RUBRIC §8 worked example", () => {
  let dir: string;
  let json: any;
  let out: string;

  beforeAll(async () => {
    dir = await tempDir("worked");
    const input = path.join(dir, "worked.xlsx");
    out = path.join(dir, "worked.scored.xlsx");
    const jsonFile = path.join(dir, "worked.json");
    await writeGridsFile(input, workedExampleGrids());
    const run = await runCli("score", input, "--period", "2026-03", "--out", out, "--json", jsonFile);
    expect(run.err).toEqual([]);
    expect(run.code).toBe(0);
    json = JSON.parse(await fs.readFile(jsonFile, "utf8"));
  }, 30_000);

  it("gives the body 94.50 with the item scores of §8 in the JSON", () => {
    const body = json.managementBodies.find((b: any) => b.unit === "长春市12345热线管理中心");
    expect(body).toMatchObject({ region: "长春市", score: 94.5, base: 86.5, bonus: 10.5, penalty: 2.5, rank: null });
    expect(body.items).toEqual({ M1: 19, M2: 18.5, M3: 30, M4: 10, M5: 9 });
  });

  it("gives the unit 84.90 with the item scores of §8 in the JSON", () => {
    const unit = json.handlingUnits.find((u: any) => u.unit === "长春市住房和城乡建设局");
    expect(unit).toMatchObject({ score: 84.9, base: 85, bonus: 2.4, penalty: 2.5 });
    expect(unit.items).toEqual({ U1: 13, U2: 5, U3: 24, U4: 8, U5: 18, U6: 4, U7: 5, U8: 8 });
  });

  it("gives 长春市 units part 92.45 and composite 93.27 in the JSON", () => {
    expect(json.period).toBe("2026-03");
    expect(json.regions).toEqual([
      expect.objectContaining({ region: "长春市", group: "市州", score: 93.27, bodyScore: 94.5, unitsScore: 92.45, rank: 1 }),
    ]);
  });

  it("writes the same figures into the output sheets", async () => {
    const workbook = await loadWorkbook(out);
    const bodies = workbook.getWorksheet("2026-03 管理机构得分")!;
    const units = workbook.getWorksheet("2026-03 承办单位得分")!;
    const regions = workbook.getWorksheet("2026-03 地区综合")!;
    expect(outputRow(bodies, "长春市12345热线管理中心")).toMatchObject({ 基础分: 86.5, 加分: 10.5, 减分: 2.5, 最终得分: 94.5 });
    expect(outputRow(units, "长春市住房和城乡建设局")).toMatchObject({ 基础分: 85, 加分: 2.4, 减分: 2.5, 最终得分: 84.9 });
    expect(outputRow(units, "长春市水务局")).toMatchObject({ 最终得分: 100 });
    expect(outputRow(regions, "长春市")).toMatchObject({ 管理机构得分: 94.5, 承办单位部分: 92.45, 综合得分: 93.27 });
  });

  it("prints the ranking with the composite on stdout", async () => {
    const input = path.join(dir, "worked.xlsx");
    const run = await runCli("score", input, "--period", "2026-03");
    expect(run.code).toBe(0);
    const line = run.out.find((l) => l.includes("长春市"));
    expect(line).toMatch(/1\s+长春市\s+93\.27\s+94\.50\s+92\.45/);
  });
});

/**
 * The public test vectors of RUBRIC §7: a unit whose 按时办结率 is 89.82% / 80.00% / 66.67% gets
 * U3a 14.82 / 5.00 / 0.00. Every other rate is perfect and 延期办结率 is under 10% (U3b = 5).
 */
describe("jsjb score on the public test vectors of RUBRIC §7", () => {
  const vectors = [
    { unit: "甲单位", completed: 5000, onTime: 4491, u3a: 14.82 },
    { unit: "乙单位", completed: 500, onTime: 400, u3a: 5 },
    { unit: "丙单位", completed: 300, onTime: 200, u3a: 0 },
  ];
  let json: any;
  let out: string;

  beforeAll(async () => {
    const dir = await tempDir("vectors");
    const input = path.join(dir, "vectors.xlsx");
    out = path.join(dir, "vectors.scored.xlsx");
    const jsonFile = path.join(dir, "vectors.json");
    await writeGridsFile(input, {
      地区: [HEADERS.regions, ["某市", null, "市州"]],
      单位: [HEADERS.subjects, ...vectors.map((v) => [v.unit, "承办单位", "某市", "市直部门"])],
      受理统计: [HEADERS.bodyStats],
      办理统计: [
        HEADERS.unitStats,
        ...vectors.map((v) => statsRow("2026-03", v.unit, [v.completed, v.completed, 0, 0, v.completed, v.onTime, 0, v.completed, 0, 0, 0])),
      ],
    });
    const run = await runCli("score", input, "--period", "2026-03", "--out", out, "--json", jsonFile);
    expect(run.code).toBe(0);
    json = JSON.parse(await fs.readFile(jsonFile, "utf8"));
  }, 30_000);

  it.each(vectors)("gives $unit U3a $u3a in the JSON (U3 = U3a + U3b 5)", ({ unit, u3a }) => {
    const result = json.handlingUnits.find((u: any) => u.unit === unit);
    expect(result.items.U3).toBeCloseTo(u3a + 5, 10);
    expect(result.score).toBeCloseTo(100 - (20 - u3a), 10);
  });

  it.each(vectors)("writes $unit 按时办结率 item $u3a into the sheet", async ({ unit, u3a }) => {
    const sheet = (await loadWorkbook(out)).getWorksheet("2026-03 承办单位得分")!;
    expect(outputRow(sheet, unit)["按时办结率(20)"]).toBe(u3a);
  });
});
