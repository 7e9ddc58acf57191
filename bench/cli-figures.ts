/**
 * The command line as users run it: child processes of `node bin/jsjb.js` (the compiled dist/) on the
 * generated province workbook, timed from spawn to exit with the child's own peak memory; and the time
 * to load the CLI's modules in a fresh process.
 */
import { spawn } from "child_process";
import path from "path";
import { atMost, type FigureContext, type TargetFigure } from "./targets";

export interface Child {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
}

/** Runs `node ARGS` in `cwd` and collects its output and wall time. */
export function runChild(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Child> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (b) => (stdout += b));
    child.stderr.on("data", (b) => (stderr += b));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr, seconds: Number(process.hrtime.bigint() - started) / 1e9 }));
  });
}

const seconds = (s: number) => `${s.toFixed(2)} s`;
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** Runs `jsjb score` with the given output options; the figure is NaN when the run failed. */
async function score(ctx: FigureContext, outputs: string[]): Promise<{ seconds: number; maxRss: number; note: string }> {
  const cli = await runChild(
    ctx.root,
    [path.join("bin", "jsjb.js"), "score", ctx.files.input, "--period", ctx.year, ...outputs],
    { JSJB_REPORT_RESOURCES: "1" },
  );
  const resources = /JSJB_RESOURCES (\{.*\})/.exec(cli.stderr);
  const maxRss = resources ? (JSON.parse(resources[1]) as { maxRssKb: number }).maxRssKb * 1024 : NaN;
  if (cli.code !== 0) {
    process.stderr.write(cli.stderr.split("\n").slice(0, 20).join("\n"));
    return { seconds: NaN, maxRss, note: `退出码 ${cli.code}` };
  }
  return { seconds: cli.seconds, maxRss, note: "" };
}

/** Issue 9's two CLI targets: `--json` (≤ 3 s, peak ≤ 400 MB) and `--out` + `--json` (≤ 6 s). */
export async function cliFigures(ctx: FigureContext): Promise<TargetFigure[]> {
  const json = await score(ctx, ["--json", ctx.files.json]);
  const both = await score(ctx, ["--out", ctx.files.scored, "--json", ctx.files.json]);
  return [
    atMost("命令行 --json，全省年度", json.seconds, 3, seconds, json.note || "子进程 node bin/jsjb.js，启动到退出"),
    atMost("  峰值内存（--json）", json.maxRss, 400 * 1024 * 1024, mb, "子进程 process.resourceUsage().maxRSS"),
    atMost("命令行 --out + --json，全省年度", both.seconds, 6, seconds, both.note || `峰值内存 ${mb(both.maxRss)}`),
  ];
}

/** Loads the compiled CLI in a fresh process: main alone, then the score command, and whether example code came along. */
const LOAD_SCRIPT = `
const t0 = process.hrtime.bigint();
require("./dist/cli/main.js");
const t1 = process.hrtime.bigint();
require("./dist/cli/score-command.js");
const t2 = process.hrtime.bigint();
const example = Object.keys(require.cache).some((k) => k.includes("/dist/example/"));
process.stdout.write(JSON.stringify({ main: Number(t1 - t0) / 1e6, score: Number(t2 - t1) / 1e6, example }));
`;

/** Module load time of the CLI's score path (informational: no target). */
export async function loadFigures(ctx: FigureContext): Promise<TargetFigure[]> {
  const child = await runChild(ctx.root, ["-e", LOAD_SCRIPT]);
  if (child.code !== 0) return [{ what: "模块加载", value: "—", target: "", met: null, note: child.stderr.split("\n")[0] }];
  const t = JSON.parse(child.stdout) as { main: number; score: number; example: boolean };
  return [{
    what: "模块加载（score 路径）", value: `${(t.main + t.score).toFixed(0)} ms`, target: "", met: null,
    note: `main ${t.main.toFixed(0)} ms + score 命令 ${t.score.toFixed(0)} ms；示例代码${t.example ? "已加载（不应加载）" : "未加载"}`,
  }];
}
