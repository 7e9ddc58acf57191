/**
 * One measured step of the benchmark, run in its own process so its peak memory is its own:
 *   engine          generate the province workbook in memory, then computeWorkbook for the year
 *   read FILE       readWorkbookFile on the written .xlsx (exceljs → grids)
 *   tickets         runTicketBench() of bench/tickets-bench.ts
 * Prints one `BENCH_RESULT {json}` line.
 */
import { readWorkbookFile } from "../src/hosts/xlsx/read-workbook";
import { computeWorkbook } from "../src/workbook/compute";
import { measure, RESULT_PREFIX } from "./measure";
import { BENCH_YEAR, provinceSheets, sheetSizes } from "./province-workbook";

async function engine(): Promise<unknown> {
  const sheets = provinceSheets();
  const { value: outcome, figures } = await measure(() => computeWorkbook(sheets, BENCH_YEAR, { now: new Date(), existingSheets: [] }));
  const errors = outcome.problems.filter((p) => p.severity === "error").length;
  return { figures, sizes: sheetSizes(sheets), ok: outcome.ok, errors, tables: outcome.tables.length };
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

async function run(job: string | undefined, arg: string | undefined): Promise<unknown> {
  if (job === "engine") return engine();
  if (job === "read" && arg) return read(arg);
  if (job === "tickets") return tickets();
  throw new Error(`unknown job ${job}`);
}

run(process.argv[2], process.argv[3]).then(
  (result) => process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
