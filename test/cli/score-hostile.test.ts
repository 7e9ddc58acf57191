/**
 * Issue 12 at the command line, classes 1, 2, 3, 5, 6, 7: exit codes, Chinese reasons, nothing
 * written on failure, no stack trace, no system error code. (Unreadable files, class 4, are tested
 * with the .xlsx reader.)
 */
import { promises as fs } from "fs";
import path from "path";
import { exists, HEADERS, runCli, statsRow, tempDir, workedExampleGrids, writeGridsFile } from "./helpers";
import type { SheetGrids } from "../../src/workbook/compute-types";

jest.setTimeout(60_000);

/** Lines a user must never see: stack frames, system error codes, JavaScript error names. */
function expectNoForeignText(lines: readonly string[]): void {
  const text = lines.join("\n");
  expect(text).not.toMatch(/^\s+at /m);
  expect(text).not.toMatch(/\bE[A-Z]{3,}\b/);
  expect(text).not.toMatch(/\b(Error|TypeError|RangeError|undefined|null)\b/);
}

describe("jsjb score: output paths are checked before the workbook is read (class 3)", () => {
  let dir: string;
  let good: string;
  let corrupt: string;

  beforeAll(async () => {
    dir = await tempDir("hostile-paths");
    good = path.join(dir, "good.xlsx");
    await writeGridsFile(good, workedExampleGrids());
    corrupt = path.join(dir, "corrupt.xlsx");
    await fs.writeFile(corrupt, "not a zip at all");
    await fs.mkdir(path.join(dir, "folder"));
    await fs.mkdir(path.join(dir, "folder.xlsx"));
    await fs.writeFile(path.join(dir, "plain-file"), "x");
  });

  const cases: Array<[string, (d: string) => string[], RegExp]> = [
    ["--json naming a folder", (d) => ["--json", path.join(d, "folder")], /^--json 指向的是文件夹，不是文件：/],
    ["--out naming a folder called *.xlsx", (d) => ["--out", path.join(d, "folder.xlsx")], /^--out 指向的是文件夹，不是文件：/],
    ["--json in a missing folder", (d) => ["--json", path.join(d, "missing", "r.json")], /^--json 的文件夹不存在：/],
    ["--json below a file", (d) => ["--json", path.join(d, "plain-file", "r.json")], /^--json 的上级路径不是文件夹：/],
    ["--out and --json the same file", (d) => ["--out", path.join(d, "same.xlsx"), "--json", path.join(d, "same.xlsx")], /^--out 与 --json 不能是同一个文件/],
    ["--out and --json the same file by another spelling", (d) => ["--out", path.join(d, "s.xlsx"), "--json", path.join(d, ".", "folder", "..", "s.xlsx")], /^--out 与 --json 不能是同一个文件/],
  ];

  it.each(cases)("%s: exit 2, a Chinese reason, nothing written, even when the input is unreadable", async (_name, extra, message) => {
    for (const input of [good, corrupt]) {
      const filesBefore = (await fs.readdir(dir)).sort();
      const run = await runCli("score", input, "--period", "2026-03", ...extra(dir));
      expect(run.code).toBe(2);
      expect(run.err[0]).toMatch(message);
      expectNoForeignText(run.err);
      expect((await fs.readdir(dir)).sort()).toEqual(filesBefore);
    }
  });

  it("writes nothing at all when --json cannot be written, although --out could (no scored .xlsx left behind)", async () => {
    const out = path.join(dir, "would-be.xlsx");
    const run = await runCli("score", good, "--period", "2026-03", "--out", out, "--json", path.join(dir, "folder"));
    expect(run.code).toBe(2);
    expect(await exists(out)).toBe(false);
  });

  it("replaces existing output files and leaves no temporary file beside them", async () => {
    const sub = await fs.mkdtemp(path.join(dir, "replace-"));
    const out = path.join(sub, "r.xlsx");
    const json = path.join(sub, "r.json");
    await fs.writeFile(out, "old");
    await fs.writeFile(json, "old");
    const run = await runCli("score", good, "--period", "2026-03", "--out", out, "--json", json);
    expect(run.code).toBe(0);
    expect(JSON.parse(await fs.readFile(json, "utf8")).period).toBe("2026-03");
    expect((await fs.readFile(out)).subarray(0, 2).toString()).toBe("PK");
    expect((await fs.readdir(sub)).sort()).toEqual(["r.json", "r.xlsx"]);
  });
});

describe("jsjb score on hostile workbooks (classes 1, 2, 5, 6, 7)", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir("hostile-books");
  });

  /** Writes the grids, scores 2026-03 with --out and --json, and reports what happened. */
  async function score(name: string, grids: SheetGrids) {
    const input = path.join(dir, `${name}.xlsx`);
    await writeGridsFile(input, grids);
    const out = path.join(dir, `${name}.scored.xlsx`);
    const json = path.join(dir, `${name}.json`);
    const run = await runCli("score", input, "--period", "2026-03", "--out", out, "--json", json);
    expectNoForeignText([...run.err, ...run.out]);
    return { ...run, wrote: (await exists(out)) || (await exists(json)) };
  }

  const withSheet = (name: string, grid: unknown[][] | undefined): SheetGrids => {
    const grids = workedExampleGrids();
    if (grid === undefined) delete grids[name];
    else grids[name] = grid;
    return grids;
  };

  it("reads a sheet named “受理统计 ” (trailing space) as 受理统计", async () => {
    const grids = workedExampleGrids();
    const { 受理统计: bodyStats, ...rest } = grids;
    const run = await score("spaced", { ...rest, "受理统计 ": bodyStats });
    expect(run.code).toBe(0);
    expect(run.wrote).toBe(true);
    const json = JSON.parse(await fs.readFile(path.join(dir, "spaced.json"), "utf8"));
    expect(json.managementBodies[0].score).toBe(94.5);
  });

  it.each(["受理统计", "办理统计"])("exits 1 naming the missing %s sheet, writing nothing", async (sheet) => {
    const run = await score(`no-${sheet}`, withSheet(sheet, undefined));
    expect(run.code).toBe(1);
    expect(run.err[0]).toMatch(new RegExp(`^${sheet}!A1 错误：缺少工作表“${sheet}”`));
    expect(run.wrote).toBe(false);
  });

  it("exits 1 for a bare number in 月份, naming the cell", async () => {
    const grids = workedExampleGrids();
    grids["办理统计"][1][0] = 45992;
    const run = await score("serial-month", grids);
    expect(run.code).toBe(1);
    expect(run.err).toContain("办理统计!A2 错误：月份为数字45992，不是日期；应填写月份文本（如2026-03、2026年3月）或日期格式的单元格");
    expect(run.wrote).toBe(false);
  });

  it("reads a real date cell in 月份 as its month", async () => {
    const grids = workedExampleGrids();
    for (const sheet of ["受理统计", "办理统计", "台账"]) for (const row of grids[sheet].slice(1)) row[0] = new Date(Date.UTC(2026, 2, 1));
    const run = await score("date-month", grids);
    expect(run.code).toBe(0);
  });

  it("says a count is too large", async () => {
    const grids = workedExampleGrids();
    grids["受理统计"][1] = statsRow("2026-03", "长春市12345热线管理中心", [1e20, 9300, 8000, 7480]);
    const run = await score("too-large", grids);
    expect(run.code).toBe(1);
    expect(run.err[0]).toBe("受理统计!C2 错误：诉求总量为100000000000000000000，数值过大（超过9007199254740991），不可能是工单或诉求数量，请核对");
  });

  it("shows a zero-width space in a unit name", async () => {
    const grids = workedExampleGrids();
    grids["办理统计"][1][1] = "长春市住房\u200b和城乡建设局";
    const run = await score("zero-width", grids);
    expect(run.code).toBe(1);
    expect(run.err).toContain("办理统计!B2 错误：单位“长春市住房\\u200B和城乡建设局”未在“单位”表中定义，应为“单位”表中的单位名称");
  });

  it("warns about 台账 rows dated 2099-12 and still scores", async () => {
    const grids = workedExampleGrids();
    grids["台账"].push(["2099-12", "长春市12345热线管理中心", "群众表扬", null, null, null, null, null, null]);
    const run = await score("ledger-2099", grids);
    expect(run.code).toBe(0);
    expect(run.err.some((l) => /^台账!A\d+ 警告：台账中月份为2099-12的有1行/.test(l))).toBe(true);
  });

  it("exits 1 for a repeated 工单明细 row, accepting Chinese times", async () => {
    const tickets = [
      ["工单编号", "承办单位", "派单时间"],
      ["T1", "长春市住房和城乡建设局", "2026年3月5日 9时00分"],
      ["T2", "长春市住房和城乡建设局", "2026年3月5日 9时30分"],
      ["T1", "长春市住房和城乡建设局", "2026年3月5日 9时"],
    ];
    const run = await score("repeated-ticket", { ...workedExampleGrids(), 工单明细: tickets });
    expect(run.code).toBe(1);
    expect(run.err).toContain(
      "工单明细!A4 错误：工单编号「T1」重复：与第2行的工单编号、承办单位、派单时间都相同，同一次派单只能有一行；本行未计入",
    );
    expect(run.err.filter((l) => /派单时间/.test(l) && /无法识别/.test(l))).toEqual([]);
  });

  it("reports a 2,000-region cycle in one short line", async () => {
    const grids = workedExampleGrids();
    for (let i = 1; i <= 2000; i++) grids["地区"].push([`环${i}`, `环${(i % 2000) + 1}`, null]);
    const run = await score("cycle", grids);
    expect(run.code).toBe(1);
    const lines = run.err.filter((l) => l.includes("循环"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^地区!B3 错误：上级地区形成循环，共2000个地区（环1（B3） → 环2（B4）/);
    expect(lines[0].length).toBeLessThan(400);
  });
});
