import { execFile, spawnSync } from "child_process";
import { promises as fs } from "fs";
import path from "path";
import { promisify } from "util";
import { PACKAGE_ROOT } from "../../src/cli/paths";
import { exists, tempDir, workedExampleGrids, writeGridsFile } from "./helpers";

const run = promisify(execFile);
jest.setTimeout(30_000);
const BIN = path.join(PACKAGE_ROOT, "bin", "jsjb.js");

/** Runs bin/jsjb.js as a child process; resolves with the exit code and output whatever the code. */
async function jsjb(argv: string[], env: NodeJS.ProcessEnv = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...argv], { env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("bin/jsjb.js as a child process", () => {
  let dir: string;
  let input: string;

  beforeAll(async () => {
    // The compiled CLI, as `prepare` builds it (type errors elsewhere in the tree do not stop emitting).
    spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], { cwd: PACKAGE_ROOT });
    expect(await exists(path.join(PACKAGE_ROOT, "dist", "cli", "main.js"))).toBe(true);
    dir = await tempDir("bin");
    input = path.join(dir, "worked.xlsx");
    await writeGridsFile(input, workedExampleGrids());
  }, 120_000);

  it("scores a workbook, exits 0 and reports its peak memory when asked", async () => {
    const json = path.join(dir, "result.json");
    const result = await jsjb(["score", input, "--period", "2026-03", "--json", json], { JSJB_REPORT_RESOURCES: "1" });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/长春市\s+93\.27/);
    expect(result.stderr).toMatch(/^JSJB_RESOURCES \{"maxRssKb":\d+\}$/m);
    expect(JSON.parse(await fs.readFile(json, "utf8")).regions[0].score).toBe(93.27);
  });

  it("scores and writes the copy without loading exceljs (only the demo's example writer uses it)", async () => {
    const out = path.join(dir, "no-exceljs.xlsx");
    const main = path.join(PACKAGE_ROOT, "dist", "cli", "main.js");
    const script =
      `require(${JSON.stringify(main)}).main(["score", ${JSON.stringify(input)}, "--period", "2026-03", "--out", ${JSON.stringify(out)}], { out() {}, err() {} })` +
      `.then((code) => process.stdout.write(JSON.stringify({ code, loaded: Object.keys(require.cache).filter((k) => /node_modules.(exceljs|jszip).lib/.test(k)) })))`;
    const { stdout } = await run(process.execPath, ["-e", script]);
    expect(JSON.parse(stdout)).toEqual({ code: 0, loaded: [] });
    expect(await exists(out)).toBe(true);
  });

  it("exits 2 on wrong usage", async () => {
    const result = await jsjb(["score", input]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("缺少 --period");
  });

  it("exits 1 on a workbook with errors", async () => {
    const grids = workedExampleGrids();
    grids["地区"].push(["长春市", null, "市州"]);
    const bad = path.join(dir, "bad.xlsx");
    await writeGridsFile(bad, grids);
    const result = await jsjb(["score", bad, "--period", "2026-03"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^地区!A3 错误：/m);
  });
});
