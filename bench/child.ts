/**
 * One measured step of the benchmark, run in its own process so its peak memory is its own:
 *   engine          generate the province workbook in memory, then computeWorkbook for the year (cold, every sheet)
 *   engine-warm     the engine alone (grids → results: no I/O, no tables, no JSON), warm: 2 runs, then 5 timed
 *   figures FILE    figures() of a bench/figures-*.ts module (see targets.ts)
 *   read FILE       readWorkbookFile on the written .xlsx (exceljs → grids)
 *   tickets         runTicketBench() of bench/tickets-bench.ts
 * Prints one `BENCH_RESULT {json}` line.
 */
import path from "path";
import { readWorkbookFile } from "../src/hosts/xlsx/read-workbook";
import { computeWorkbook } from "../src/workbook/compute";
import { measure, RESULT_PREFIX } from "./measure";
import { BENCH_YEAR, provinceSheets, sheetSizes } from "./province-workbook";
import type { FigureContext, TargetFigure } from "./targets";

async function engine(): Promise<unknown> {
  const sheets = provinceSheets();
  const { value: outcome, figures } = await measure(() =>
    computeWorkbook(sheets, BENCH_YEAR, { now: new Date(), existingSheets: [], withMonths: true }));
  const errors = outcome.problems.filter((p) => p.severity === "error").length;
  return { figures, sizes: sheetSizes(sheets), ok: outcome.ok, errors, tables: outcome.tables.length };
}

/**
 * The engine figure of issue 9: grids → results, warm; the median and the fastest of 5 runs. Runs the
 * compiled engine (dist/, as `jsjb` does; the bench builds it first): tsx's on-the-fly build wraps every
 * closure in a naming helper, which the shipped code does not have.
 */
async function engineWarm(): Promise<unknown> {
  const sheets = provinceSheets();
  const { computeWorkbook } = require(path.join(__dirname, "..", "dist", "workbook", "compute.js")) as typeof import("../src/workbook/compute");
  const run = () => {
    const outcome = computeWorkbook(sheets, BENCH_YEAR, { now: new Date(), existingSheets: [], tables: false, json: false });
    if (!outcome.ok) throw new Error("the province workbook has errors");
    return outcome;
  };
  for (let i = 0; i < 2; i++) run();
  const times: number[] = [];
  for (let i = 0; i < 5; i++) times.push((await measure(run)).figures.seconds);
  times.sort((a, b) => a - b);
  return { median: times[2], fastest: times[0] };
}

async function figures(file: string, context: string): Promise<unknown> {
  const module = (await import(path.resolve(file))) as { figures?: (ctx: FigureContext) => Promise<TargetFigure[]> };
  if (typeof module.figures !== "function") return { rows: [{ what: file, value: "—", target: "", met: null, note: "未导出 figures()" }] };
  return { rows: await module.figures(JSON.parse(context) as FigureContext) };
}

async function read(file: string): Promise<unknown> {
  const { value, figures } = await measure(() => readWorkbookFile(file));
  return { figures, sheets: Object.keys(value.sheets).length };
}

async function tickets(): Promise<unknown> {
  const module = (await import("./tickets-bench")) as { runTicketBench?: () => Promise<string[]> };
  if (typeof module.runTicketBench !== "function") return { lines: ["bench/tickets-bench.ts 未导出 runTicketBench()"] };
  return { lines: await module.runTicketBench() };
}

async function run(job: string | undefined, arg: string | undefined, rest: string | undefined): Promise<unknown> {
  if (job === "engine") return engine();
  if (job === "engine-warm") return engineWarm();
  if (job === "figures" && arg && rest) return figures(arg, rest);
  if (job === "read" && arg) return read(arg);
  if (job === "tickets") return tickets();
  throw new Error(`unknown job ${job}`);
}

run(process.argv[2], process.argv[3], process.argv[4]).then(
  (result) => process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
