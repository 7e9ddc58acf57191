/**
 * `npm run bench`: province-scale figures, not a test. Builds the CLI, then measures in separate
 * processes (so each peak memory is its own):
 *   1. parse + score of the year in memory (computeWorkbook on grids);
 *   2. reading the written .xlsx with exceljs;
 *   3. the whole CLI as a child process (`node bin/jsjb.js score … --period 2026 --out … --json …`);
 *   4. bench/tickets-bench.ts when it exists; the task pane bundle's gzip size when dist/taskpane exists;
 *   5. bench/office-read-bench.ts: the Office host reading a full 工单明细 sheet from the fake Excel in blocks.
 * Options: --no-build (use the dist/ already built), --skip-tickets, --skip-office-read.
 */
import { spawn, spawnSync } from "child_process";
import { promises as fs } from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { alignColumns } from "../src/cli/text-width";
import { writeInputSheets } from "../src/hosts/xlsx/write-input-sheets";
import { paneBundleGzip } from "./bundle-size";
import { megabytes, RESULT_PREFIX, type Figures } from "./measure";
import { BENCH_YEAR, provinceSheets } from "./province-workbook";
import { webBench } from "./web-bench";

const ROOT = path.resolve(__dirname, "..");
const OUT = path.join(ROOT, "bench", "out");
const FILES = {
  input: path.join(OUT, "province.xlsx"),
  scored: path.join(OUT, "province.scored.xlsx"),
  json: path.join(OUT, "province.result.json"),
};

interface Child {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
}

function runChild(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Child> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (b) => (stdout += b));
    child.stderr.on("data", (b) => (stderr += b));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr, seconds: Number(process.hrtime.bigint() - started) / 1e9 }));
  });
}

/** Runs a bench script under tsx with --expose-gc and returns the result of its `BENCH_RESULT` line. */
async function scriptJob<T>(script: string, ...args: string[]): Promise<T> {
  const child = await runChild(["--expose-gc", "--import", "tsx", path.join("bench", script), ...args]);
  const line = child.stdout.split("\n").find((l) => l.startsWith(RESULT_PREFIX));
  if (child.code !== 0 || !line) throw new Error(`bench job ${[script, ...args].join(" ")} failed:\n${child.stderr}`);
  return JSON.parse(line.slice(RESULT_PREFIX.length)) as T;
}

/** Runs a bench/child.ts job under tsx with --expose-gc and returns its result. */
function childJob<T>(...job: string[]): Promise<T> {
  return scriptJob<T>("child.ts", ...job);
}

const seconds = (s: number) => `${s.toFixed(2)} s`;
const count = (n: number) => n.toLocaleString("en-US");

async function main(): Promise<void> {
  const flags = new Set(process.argv.slice(2));
  const rows: string[][] = [["项目", "数值", "说明"]];
  const add = (what: string, value: string, note = "") => rows.push([what, value, note]);

  if (!flags.has("--no-build")) {
    process.stdout.write("编译命令行程序（tsc -p tsconfig.cli.json）…\n");
    spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], { cwd: ROOT, stdio: "inherit" });
  }

  process.stdout.write("1/5 引擎：生成全省规模工作簿并计算全年…\n");
  const engine = await childJob<{ figures: Figures; sizes: Record<string, number>; ok: boolean; errors: number; tables: number }>("engine");
  const s = engine.sizes;
  add("规模", `${count(s["地区"])} 地区`, `${count(s["单位"])} 个单位（含管理机构），12 个月`);
  add("", `${count(s["办理统计"])} 办理统计行`, `${count(s["受理统计"])} 受理统计行，${count(s["台账"])} 台账行`);
  add("引擎：解析+计算全年", seconds(engine.figures.seconds), `computeWorkbook，${engine.tables} 个结果表，错误 ${engine.errors} 个（目标 ≤ 0.5 s）`);
  add("  峰值 RSS", megabytes(engine.figures.maxRss), `计算前 ${megabytes(engine.figures.rssBefore)}（含内存中的工作簿）`);
  add("  堆内存（计算后）", megabytes(engine.figures.heapUsedAfter), `已提交 ${megabytes(engine.figures.heapCommittedAfter)}（未强制回收）`);

  process.stdout.write("2/5 写出 .xlsx 并用 exceljs 读回…\n");
  await fs.mkdir(OUT, { recursive: true });
  const workbook = new ExcelJS.Workbook();
  writeInputSheets(workbook, provinceSheets(), { dropdowns: false });
  await workbook.xlsx.writeFile(FILES.input);
  const size = (await fs.stat(FILES.input)).size;
  const read = await childJob<{ figures: Figures }>("read", FILES.input);
  add("读取 .xlsx（exceljs）", seconds(read.figures.seconds), `${megabytes(size)} 文件，峰值 RSS ${megabytes(read.figures.maxRss)}`);

  process.stdout.write("3/5 完整命令行（子进程）…\n");
  const cli = await runChild(
    [path.join("bin", "jsjb.js"), "score", FILES.input, "--period", BENCH_YEAR, "--out", FILES.scored, "--json", FILES.json],
    { JSJB_REPORT_RESOURCES: "1" },
  );
  const resources = /JSJB_RESOURCES (\{.*\})/.exec(cli.stderr);
  const maxRssKb = resources ? (JSON.parse(resources[1]) as { maxRssKb: number }).maxRssKb : NaN;
  const scoredSize = await fs.stat(FILES.scored).then((st) => st.size, () => 0);
  add("完整命令行 jsjb score", seconds(cli.seconds), `退出码 ${cli.code}，读 → 算 → 写 ${megabytes(scoredSize)}（目标 ≤ 10 s）`);
  add("  峰值 RSS", megabytes(maxRssKb * 1024), "子进程 process.resourceUsage().maxRSS");
  if (cli.code !== 0) process.stderr.write(cli.stderr.split("\n").slice(0, 20).join("\n"));

  process.stdout.write("4/5 工单明细基准与任务窗格包大小…\n");
  const ticketLines: string[] = [];
  if (flags.has("--skip-tickets")) ticketLines.push("（已跳过 --skip-tickets）");
  else if (await fs.stat(path.join(ROOT, "bench", "tickets-bench.ts")).then(() => true, () => false)) {
    ticketLines.push(...(await childJob<{ lines: string[] }>("tickets")).lines);
  } else ticketLines.push("（bench/tickets-bench.ts 不存在）");
  const bundle = await paneBundleGzip(path.join(ROOT, "dist", "taskpane"));
  add("任务窗格首屏（gzip）", bundle ? `${(bundle.gzipBytes / 1024).toFixed(1)} KB` : "—", bundle ? bundle.files.join("、") : "dist/taskpane 不存在（未构建任务窗格）");

  process.stdout.write("5/5 Office 宿主分块读取整张工单明细（假 Excel，子进程）…\n");
  const officeReadLines = flags.has("--skip-office-read")
    ? ["（已跳过 --skip-office-read）"]
    : (await scriptJob<{ lines: string[] }>("office-read-bench.ts", "--result")).lines;

  process.stdout.write(`\n全省规模基准（${process.platform} ${process.arch}，Node ${process.version}，${require("os").cpus().length} 核）\n`);
  process.stdout.write(`${alignColumns(rows, [false, true, false]).join("\n")}\n`);
  process.stdout.write(`\n工单明细基准（bench/tickets-bench.ts）\n${ticketLines.join("\n")}\n`);
  process.stdout.write(`\nOffice 宿主分块读取基准（bench/office-read-bench.ts）\n${officeReadLines.join("\n")}\n`);
  if (!flags.has("--skip-web")) process.stdout.write(`\n网页版与任务窗格线程（bench/web-bench.ts，headless Chromium）\n${(await webBench({ provinceXlsx: FILES.input })).join("\n")}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
