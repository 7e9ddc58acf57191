/**
 * `npm run bench`: province-scale figures, not a test. Builds the CLI, writes the province workbook as
 * .xlsx, then measures in separate processes (so each peak memory is its own):
 *   targets (issue 9): the engine warm (grids → results), `jsjb score --json`, `jsjb score --out --json`,
 *     the pane thread's longest task and the web page (bench/web-bench.ts, headless Chromium), and every
 *     `bench/figures-*.ts` module (see targets.ts), each printed with its target and whether it is met;
 *   bench/xlsx-bench.ts (our .xlsx reader/writer against exceljs);
 *   more figures: workbook size, computeWorkbook with every sheet (cold), reading the .xlsx, module load
 *     time, bench/tickets-bench.ts, the task pane bundle's gzip size, bench/office-read-bench.ts.
 * Options: --no-build (use the dist/ already built), --skip-tickets, --skip-office-read, --skip-web.
 */
import { spawnSync } from "child_process";
import { promises as fs } from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { alignColumns } from "../src/cli/text-width";
import { writeInputSheets } from "../src/hosts/xlsx/write-input-sheets";
import { paneBundleGzip } from "./bundle-size";
import { cliFigures, loadFigures, runChild } from "./cli-figures";
import { megabytes, RESULT_PREFIX, type Figures } from "./measure";
import { BENCH_YEAR, provinceSheets } from "./province-workbook";
import { atMost, verdict, type FigureContext, type TargetFigure } from "./targets";
import { webBench } from "./web-bench";

const ROOT = path.resolve(__dirname, "..");
const OUT = path.join(ROOT, "bench", "out");
const CONTEXT: FigureContext = {
  root: ROOT,
  year: BENCH_YEAR,
  files: {
    input: path.join(OUT, "province.xlsx"),
    scored: path.join(OUT, "province.scored.xlsx"),
    json: path.join(OUT, "province.result.json"),
  },
};

/** Runs a bench script under tsx with --expose-gc and returns the result of its `BENCH_RESULT` line. */
async function scriptJob<T>(script: string, ...args: string[]): Promise<T> {
  const child = await runChild(ROOT, ["--expose-gc", "--import", "tsx", path.join("bench", script), ...args]);
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
const exists = (file: string) => fs.stat(file).then(() => true, () => false);

/** Every `bench/figures-*.ts`, each in its own process. */
async function hookFigures(): Promise<TargetFigure[]> {
  const files = (await fs.readdir(path.join(ROOT, "bench"))).filter((f) => /^figures-.+\.ts$/.test(f)).sort();
  const rows: TargetFigure[] = [];
  for (const file of files) {
    process.stdout.write(`  ${file}…\n`);
    try {
      rows.push(...(await childJob<{ rows: TargetFigure[] }>("figures", path.join("bench", file), JSON.stringify(CONTEXT))).rows);
    } catch (error) {
      rows.push({ what: file, value: "—", target: "", met: null, note: `失败：${String(error).split("\n")[0]}` });
    }
  }
  return rows;
}

async function main(): Promise<void> {
  const flags = new Set(process.argv.slice(2));
  const targets: TargetFigure[] = [];
  const rows: string[][] = [["项目", "数值", "说明"]];
  const add = (what: string, value: string, note = "") => rows.push([what, value, note]);

  if (!flags.has("--no-build")) {
    process.stdout.write("编译命令行程序（tsc -p tsconfig.cli.json）…\n");
    spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], { cwd: ROOT, stdio: "inherit" });
  }

  process.stdout.write("1/6 生成全省规模工作簿并写出 .xlsx…\n");
  await fs.mkdir(OUT, { recursive: true });
  const workbook = new ExcelJS.Workbook();
  writeInputSheets(workbook, provinceSheets(), { dropdowns: false });
  await workbook.xlsx.writeFile(CONTEXT.files.input);
  const size = (await fs.stat(CONTEXT.files.input)).size;

  process.stdout.write("2/6 引擎（热）与命令行（子进程）…\n");
  const warm = await childJob<{ median: number; fastest: number }>("engine-warm");
  targets.push(atMost("引擎（表格数据 → 结果），全省年度，热", warm.median, 0.3, seconds,
    `5 次中位数，最快 ${seconds(warm.fastest)}；不含读写、结果表与 JSON`));
  targets.push(...(await cliFigures(CONTEXT)));
  process.stdout.write("3/6 其他基准（bench/figures-*.ts）…\n");
  targets.push(...(await hookFigures()));

  process.stdout.write("4/6 引擎（冷，全部结果表）与读取 .xlsx…\n");
  const engine = await childJob<{ figures: Figures; sizes: Record<string, number>; ok: boolean; errors: number; tables: number }>("engine");
  const s = engine.sizes;
  add("规模", `${count(s["地区"])} 地区`, `${count(s["单位"])} 个单位（含管理机构），12 个月，${megabytes(size)} .xlsx`);
  add("", `${count(s["办理统计"])} 办理统计行`, `${count(s["受理统计"])} 受理统计行，${count(s["台账"])} 台账行`);
  add("computeWorkbook（冷，含各月结果表）", seconds(engine.figures.seconds), `${engine.tables} 个结果表，错误 ${engine.errors} 个，峰值 RSS ${megabytes(engine.figures.maxRss)}`);
  const read = await childJob<{ figures: Figures }>("read", CONTEXT.files.input);
  add("读取 .xlsx（exceljs 参照实现 readWorkbookFile，产品不用）", seconds(read.figures.seconds), `峰值 RSS ${megabytes(read.figures.maxRss)}；本工具的读取见下方 .xlsx 读写基准`);
  for (const f of await loadFigures(CONTEXT)) add(f.what, f.value, f.note ?? "");

  process.stdout.write("5/6 工单明细基准与任务窗格包大小…\n");
  const ticketLines: string[] = [];
  if (flags.has("--skip-tickets")) ticketLines.push("（已跳过 --skip-tickets）");
  else if (await exists(path.join(ROOT, "bench", "tickets-bench.ts"))) {
    ticketLines.push(...(await childJob<{ lines: string[] }>("tickets")).lines);
  } else ticketLines.push("（bench/tickets-bench.ts 不存在）");
  const bundle = await paneBundleGzip(path.join(ROOT, "dist", "addin"));
  add("任务窗格首屏（gzip）", bundle ? `${(bundle.gzipBytes / 1024).toFixed(1)} KB` : "—", bundle ? bundle.files.join("、") : "dist/addin 不存在（未构建任务窗格）");

  process.stdout.write("6/6 Office 宿主分块读取整张工单明细（假 Excel，子进程）…\n");
  const officeReadLines = flags.has("--skip-office-read")
    ? ["（已跳过 --skip-office-read）"]
    : (await scriptJob<{ lines: string[] }>("office-read-bench.ts", "--result")).lines;

  const xlsxLines = (await scriptJob<{ lines: string[] }>("xlsx-bench.ts", "--result")).lines; // .xlsx read/write vs exceljs
  const web = flags.has("--skip-web") ? null : await webBench({ provinceXlsx: CONTEXT.files.input }); // page and pane in headless Chromium
  if (web) targets.push(...web.targets);
  const targetRows = [["目标（issue 9）", "数值", "目标", "结论", "说明"],
    ...targets.map((t) => [t.what, t.value, t.target, verdict(t.met), t.note ?? ""])];
  process.stdout.write(`\n全省规模基准（${process.platform} ${process.arch}，Node ${process.version}，${require("os").cpus().length} 核）\n`);
  process.stdout.write(`${alignColumns(targetRows, [false, true, false, false, false]).join("\n")}\n\n`);
  process.stdout.write(`${alignColumns(rows, [false, true, false]).join("\n")}\n`);
  process.stdout.write(`\n工单明细基准（bench/tickets-bench.ts）\n${ticketLines.join("\n")}\n`);
  process.stdout.write(`\nOffice 宿主分块读取基准（bench/office-read-bench.ts）\n${officeReadLines.join("\n")}\n`);
  process.stdout.write(`\n.xlsx 读写基准（bench/xlsx-bench.ts）\n${xlsxLines.join("\n")}\n`);
  process.stdout.write(`\n网页版与任务窗格线程（bench/web-bench.ts，headless Chromium）\n${web ? web.lines.join("\n") : "（已跳过 --skip-web）"}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
