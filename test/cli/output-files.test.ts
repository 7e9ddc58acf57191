import { promises as fs } from "fs";
import path from "path";
import { OutputWriteError, outputPathProblem, outputTargets, writeAllOrNothing, writeErrorReason } from "../../src/cli/output-files";
import { tempDir } from "./helpers";

const errno = (code: string) => Object.assign(new Error(`${code}: something`), { code });

describe("writeErrorReason", () => {
  it.each([
    ["EACCES", "linux", "没有写入权限"],
    ["EISDIR", "linux", "目标是文件夹，不是文件"],
    ["ENOENT", "linux", "文件夹不存在或已被移走"],
    ["ENOSPC", "linux", "磁盘空间不足"],
    ["EROFS", "linux", "所在磁盘是只读的"],
    ["EPERM", "linux", "没有写入权限"],
    ["EPERM", "win32", "没有权限或文件正被占用（是否正在 Excel 中打开？请关闭后重试）"],
    ["EBUSY", "win32", "文件正被其他程序占用（是否正在 Excel 中打开？请关闭后重试）"],
    ["EWHATEVER", "linux", "系统拒绝写入"],
  ] as const)("says %s on %s as Chinese, without the code", (code, platform, reason) => {
    expect(writeErrorReason(errno(code), platform)).toBe(reason);
  });

  it("mentions Excel only for EBUSY, and EPERM on Windows", () => {
    for (const code of ["EACCES", "EISDIR", "ENOENT", "ENOSPC", "EROFS", "EPERM"]) {
      expect(writeErrorReason(errno(code), "linux")).not.toContain("Excel");
    }
  });
});

describe("outputPathProblem", () => {
  it("accepts new files in existing folders and names the option of a bad one", async () => {
    const dir = await tempDir("paths");
    const input = path.join(dir, "in.xlsx");
    await fs.writeFile(input, "x");
    const targets = (json: string) =>
      outputTargets([
        [{ option: "--out", extension: ".xlsx" }, path.join(dir, "o.xlsx")],
        [{ option: "--json", extension: null }, json],
        [{ option: "--docx", extension: ".docx" }, null],
      ]);
    expect(await outputPathProblem(input, targets(path.join(dir, "r.json")))).toBeNull();
    expect(await outputPathProblem(input, targets(dir))).toMatch(/^--json 指向的是文件夹/);
    expect(await outputPathProblem(input, targets(input))).toMatch(/^--json 不能是输入工作簿本身/);
  });
});

describe("writeAllOrNothing", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir("commit");
  });
  const text = (s: string) => (temporary: string) => fs.writeFile(temporary, s);

  it("writes every file and leaves nothing else in the folder", async () => {
    await writeAllOrNothing([
      { target: path.join(dir, "a.xlsx"), write: text("A") },
      { target: path.join(dir, "b.json"), write: text("B") },
    ]);
    expect((await fs.readdir(dir)).sort()).toEqual(["a.xlsx", "b.json"]);
    expect(await fs.readFile(path.join(dir, "b.json"), "utf8")).toBe("B");
  });

  it("writes nothing when a later file fails while being written (e.g. disk full)", async () => {
    const failing = async (temporary: string) => {
      await fs.writeFile(temporary, "half");
      throw errno("ENOSPC");
    };
    const run = writeAllOrNothing([
      { target: path.join(dir, "a.xlsx"), write: text("A") },
      { target: path.join(dir, "b.json"), write: failing },
    ]);
    await expect(run).rejects.toThrow(OutputWriteError);
    await expect(run).rejects.toThrow(/b\.json：磁盘空间不足；未写入任何文件$/);
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it("puts earlier files back as they were when a later rename fails", async () => {
    const a = path.join(dir, "a.xlsx");
    await fs.writeFile(a, "old A");
    const b = path.join(dir, "b.json");
    await fs.mkdir(b); // a folder in the way: the rename of b fails after a was replaced
    await fs.writeFile(path.join(b, "inside"), "x");
    await expect(
      writeAllOrNothing([
        { target: a, write: text("new A") },
        { target: b, write: text("B") },
      ]),
    ).rejects.toThrow(/^无法写入 .*b\.json：/);
    expect(await fs.readFile(a, "utf8")).toBe("old A");
    expect((await fs.readdir(dir)).sort()).toEqual(["a.xlsx", "b.json"]);
  });

  it("removes a file it created when a later rename fails", async () => {
    const a = path.join(dir, "a.xlsx");
    const b = path.join(dir, "b.json");
    await fs.mkdir(b);
    await fs.writeFile(path.join(b, "inside"), "x");
    await expect(writeAllOrNothing([{ target: a, write: text("A") }, { target: b, write: text("B") }])).rejects.toThrow(OutputWriteError);
    expect(await fs.readdir(dir)).toEqual(["b.json"]);
  });
});
