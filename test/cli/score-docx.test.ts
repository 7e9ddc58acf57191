import { promises as fs } from "fs";
import path from "path";
import { strFromU8, unzipSync } from "fflate";
import { exists, runCli, statsRow, tempDir, workedExampleGrids, writeGridsFile } from "./helpers";

jest.setTimeout(30_000);

describe("jsjb score --docx", () => {
  let dir: string;
  let good: string;

  beforeAll(async () => {
    dir = await tempDir("docx");
    good = path.join(dir, "good.xlsx");
    await writeGridsFile(good, workedExampleGrids());
  });

  it("writes the 通报稿 as a Word document whose word/document.xml holds its paragraphs", async () => {
    const docx = path.join(dir, "通报稿.docx");
    const out = path.join(dir, "scored.xlsx");
    const run = await runCli("score", good, "--period", "2026-03", "--docx", docx, "--out", out);
    expect(run.code).toBe(0);
    expect(run.out).toContain(`已写入通报稿：${docx}`);
    const document = strFromU8(unzipSync(new Uint8Array(await fs.readFile(docx)))["word/document.xml"]);
    expect(document).toContain("关于2026年3月接诉即办工作情况的通报");
    expect(document).toContain("一、总体情况");
    expect(document).toContain("共受理诉求10000件，及时受理9300件，接通率93.00%");
    expect(document).toContain("长春市（93.27分，第1名）");
    expect(document).toContain("附表1  市州综合得分排名（2026年3月）");
    expect((await fs.readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("writes nothing when the workbook has errors", async () => {
    const grids = workedExampleGrids();
    grids["办理统计"][1] = statsRow("2026-03", "长春市住房和城乡建设局", [400, 500, 20, 18, 380, 361, 57, 400, 48, 300, 279]);
    const input = path.join(dir, "bad.xlsx");
    await writeGridsFile(input, grids);
    const docx = path.join(dir, "bad.docx");
    const run = await runCli("score", input, "--period", "2026-03", "--docx", docx);
    expect(run.code).toBe(1);
    expect(await exists(docx)).toBe(false);
  });

  it.each([
    ["a name that is not .docx", (d: string) => path.join(d, "通报稿.doc"), /--docx 应为 .docx 文件/],
    ["a missing folder", (d: string) => path.join(d, "没有的文件夹", "通报稿.docx"), /--docx 的文件夹不存在/],
    ["a folder", (d: string) => path.join(d, "folder.docx"), /--docx 指向的是文件夹/],
  ])("refuses %s before writing anything (exit 2)", async (_what, target, message) => {
    await fs.mkdir(path.join(dir, "folder.docx"), { recursive: true });
    const out = path.join(dir, "never.xlsx");
    const run = await runCli("score", good, "--period", "2026-03", "--out", out, "--docx", target(dir));
    expect(run.code).toBe(2);
    expect(run.err[0]).toMatch(message);
    expect(await exists(out)).toBe(false);
  });

  it("refuses the same file for --docx and --json", async () => {
    const same = path.join(dir, "same.docx");
    const run = await runCli("score", good, "--period", "2026-03", "--json", same, "--docx", same);
    expect(run.code).toBe(2);
    expect(run.err[0]).toBe("--json 与 --docx 不能是同一个文件");
    expect(await exists(same)).toBe(false);
  });
});
