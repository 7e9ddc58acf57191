import { promises as fs } from "fs";
import path from "path";
import { exists, HEADERS, runCli, statsRow, tempDir, workedExampleGrids, writeGridsFile } from "./helpers";

jest.setTimeout(30_000);

describe("jsjb exit codes", () => {
  let dir: string;
  let good: string;

  beforeAll(async () => {
    dir = await tempDir("exit");
    good = path.join(dir, "good.xlsx");
    await writeGridsFile(good, workedExampleGrids());
  });

  it("exits 0 and writes both files on a valid workbook", async () => {
    const out = path.join(dir, "ok.xlsx");
    const json = path.join(dir, "ok.json");
    const run = await runCli("score", good, "--period", "2026-03", "--out", out, "--json", json);
    expect(run.code).toBe(0);
    expect(await exists(out)).toBe(true);
    expect(await exists(json)).toBe(true);
    expect(run.out.some((l) => l.includes("已写入结果工作簿"))).toBe(true);
  });

  it("exits 1, prints each problem with its sheet!cell on stderr and writes nothing when the workbook has errors", async () => {
    const grids = workedExampleGrids();
    // 及时签收工单量 (D2) 500 above 转派工单总量 (C2) 400.
    grids["办理统计"][1] = statsRow("2026-03", "长春市住房和城乡建设局", [400, 500, 20, 18, 380, 361, 57, 400, 48, 300, 279]);
    grids["单位"].push(["未定义地区的机构", "管理机构", "不存在的地区", null]);
    const input = path.join(dir, "bad.xlsx");
    await writeGridsFile(input, grids);
    const out = path.join(dir, "bad.scored.xlsx");
    const json = path.join(dir, "bad.json");
    const run = await runCli("score", input, "--period", "2026-03", "--out", out, "--json", json);
    expect(run.code).toBe(1);
    expect(run.err.some((l) => l.startsWith("办理统计!D2 错误："))).toBe(true);
    expect(run.err.some((l) => l.startsWith("单位!C5 错误："))).toBe(true);
    expect(run.err[run.err.length - 1]).toMatch(/未写入任何文件/);
    expect(run.out).toEqual([]);
    expect(await exists(out)).toBe(false);
    expect(await exists(json)).toBe(false);
  });

  it("exits 1 with a clear message and no file for a period without data", async () => {
    const out = path.join(dir, "empty.xlsx");
    const run = await runCli("score", good, "--period", "2026-05", "--out", out);
    expect(run.code).toBe(1);
    expect(run.err.join("\n")).toMatch(/2026-05.*没有任何统计或台账数据.*2026-03/);
    expect(await exists(out)).toBe(false);
  });

  it("prints warnings on stderr but still succeeds", async () => {
    const grids = { ...workedExampleGrids(), 参数: [HEADERS.params, ["不存在的参数", "1"]] };
    const input = path.join(dir, "warn.xlsx");
    await writeGridsFile(input, grids);
    const json = path.join(dir, "warn.json");
    const run = await runCli("score", input, "--period", "2026-03", "--json", json);
    expect(run.code).toBe(0);
    expect(run.err.some((l) => l.startsWith("参数!A2 警告："))).toBe(true);
    const written = JSON.parse(await fs.readFile(json, "utf8"));
    expect(written.problems).toEqual([expect.objectContaining({ severity: "warning", sheet: "参数", cell: "A2" })]);
  });

  it("exits 2 (wrong usage) with a Chinese reason when the input is not an .xlsx workbook", async () => {
    const input = path.join(dir, "not-a-workbook.xlsx");
    await fs.writeFile(input, "这不是工作簿");
    const run = await runCli("score", input, "--period", "2026-03");
    expect(run.code).toBe(2);
    expect(run.err[0]).toBe(`无法读取 ${input}：不是 .xlsx 工作簿：文件内容是文本（例如 .csv、.txt 或网页导出的表格），不是 Excel 工作簿。请在 Excel 或 WPS 中打开它，另存为“Excel 工作簿（.xlsx）”后再计算。`);
  });

  describe("wrong usage exits 2 with the usage text and writes nothing", () => {
    const cases: Array<[string, (d: string, g: string) => string[], RegExp]> = [
      ["no command", () => [], /缺少命令/],
      ["an unknown command", () => ["rank"], /未知命令：rank/],
      ["no input", () => ["score", "--period", "2026-03"], /缺少输入工作簿/],
      ["no --period", (_d, g) => ["score", g], /缺少 --period/],
      ["a malformed period", (_d, g) => ["score", g, "--period", "2026-13"], /期间格式不正确：“2026-13”/],
      ["an unknown option", (_d, g) => ["score", g, "--period", "2026-03", "--xml", "a.xml"], /未知选项：--xml/],
      ["an option without a value", (_d, g) => ["score", g, "--period"], /--period 缺少取值/],
      ["a missing input file", (d) => ["score", path.join(d, "nope.xlsx"), "--period", "2026-03"], /找不到输入工作簿/],
      ["--out equal to the input", (_d, g) => ["score", g, "--period", "2026-03", "--out", g], /--out 不能是输入工作簿本身/],
      ["--json equal to the input", (_d, g) => ["score", g, "--period", "2026-03", "--json", g], /--json 不能是输入工作簿本身/],
      ["--out not .xlsx", (d, g) => ["score", g, "--period", "2026-03", "--out", path.join(d, "o.xls")], /--out 应为 \.xlsx 文件/],
      [
        "--out in a missing folder",
        (d, g) => ["score", g, "--period", "2026-03", "--out", path.join(d, "missing", "o.xlsx")],
        /--out 的文件夹不存在/,
      ],
    ];
    it.each(cases)("%s", async (_name, argv, message) => {
      const before = await fs.readFile(good);
      const filesBefore = await fs.readdir(dir);
      const run = await runCli(...argv(dir, good));
      expect(run.code).toBe(2);
      expect(run.err[0]).toMatch(message);
      expect(run.err.join("\n")).toContain("用法：");
      expect(await fs.readFile(good)).toEqual(before);
      expect(await fs.readdir(dir)).toEqual(filesBefore);
    });
  });

  it("prints the usage on stdout and exits 0 with --help", async () => {
    const run = await runCli("--help");
    expect(run.code).toBe(0);
    expect(run.out.join("\n")).toContain("jsjb score 输入.xlsx --period");
  });
});
