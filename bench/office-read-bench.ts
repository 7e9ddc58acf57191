/**
 * Benchmark: the Office host reading one full Excel sheet of tickets (header + 1,048,575 rows =
 * 1,048,576) plus the small core sheets from the fake Excel, in blocks through `readSheets` with
 * the default payload budget. Prints rows read, blocks and syncs, the largest request and response
 * against Excel on the web's 5 MB limit, wall time and peak memory.
 * Run alone: `npx tsx bench/office-read-bench.ts`; `npm run bench` runs it in its own process with --expose-gc.
 */
import v8 from "v8";
import { createFakeExcel, EXCEL_WEB_PAYLOAD_LIMIT, fakeExcelEnv, type FakeExcel } from "../src/hosts/fake";
import type { ExcelEnv } from "../src/hosts/office/excel-env";
import { PAYLOAD_BUDGET_BYTES } from "../src/hosts/office/payload-budget";
import { readSheets } from "../src/hosts/office/read-sheets";
import type { SheetGrids } from "../src/workbook/compute-types";
import { SHEET } from "../src/workbook/sheets";
import { TICKET_COLUMN_NAMES } from "../src/workbook/tickets/ticket-sheets";
import { collectGarbage, megabytes, RESULT_PREFIX } from "./measure";
import { generateTicketGrid } from "./tickets-bench";

/** Rows of a full sheet, header included. */
const SHEET_ROWS = 1_048_576;
const BODIES = 10;
const UNITS_PER_BODY = 30;

/** Columns of 工单明细 holding a date-time, written here as text `2026-03-05 14:30`. */
const TIME_COLUMNS = ["生成时间", "派单时间", "签收时间", "退单时间", "办理时限", "延期时限", "办结时间"].map((name) =>
  TICKET_COLUMN_NAMES.indexOf(name as (typeof TICKET_COLUMN_NAMES)[number]),
);

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * Wall-clock text of an Excel date serial, to the minute.
 * @example serialText(46086.6041667) // "2026-03-05 14:30"
 */
export function serialText(serial: number): string {
  const minutes = Math.round(serial * 1440);
  const date = new Date(Date.UTC(1899, 11, 30) + minutes * 60_000);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
}

/**
 * The 工单明细 grid of `tickets-bench.ts` (same tickets, same units) as a platform export holds it:
 * date-times as text, blanks as null. Equal texts share one string (as in an .xlsx's shared
 * strings), so the fake workbook's memory is that of its cells, not of the generator's copies.
 */
export function ticketExportGrid(dataRows = SHEET_ROWS - 1): unknown[][] {
  const grid = generateTicketGrid(dataRows);
  const shared = new Map<string, string>();
  const share = (text: string) => {
    const known = shared.get(text);
    if (known !== undefined) return known;
    shared.set(text, text);
    return text;
  };
  const times = new Map<number, string>();
  const timeText = (serial: number) => {
    const minute = Math.round(serial * 1440);
    let text = times.get(minute);
    // A flat string, as JSON.parse hands it to the pane (a concatenated one is slower to scan).
    if (text === undefined) times.set(minute, (text = JSON.parse(JSON.stringify(serialText(serial))) as string));
    return text;
  };
  const isTime = TICKET_COLUMN_NAMES.map((_, c) => TIME_COLUMNS.includes(c));
  for (let r = 1; r < grid.length; r++) {
    const row = grid[r];
    for (let c = 1; c < row.length; c++) {
      const v = row[c];
      if (typeof v === "number" && isTime[c]) row[c] = timeText(v);
      else if (typeof v === "string") row[c] = share(v);
    }
  }
  return grid;
}

/** 地区 and 单位 for the bodies and units the ticket generator uses. */
export function coreSheets(): SheetGrids {
  const regions: unknown[][] = [["地区", "上级地区", "排名分组"]];
  const subjects: unknown[][] = [["单位", "类型", "所属地区", "排名分组"]];
  for (let b = 0; b < BODIES; b++) {
    regions.push([`地区${b}`, null, "市州"]);
    subjects.push([`地区${b}热线管理中心`, "管理机构", `地区${b}`, null]);
    for (let u = 0; u < UNITS_PER_BODY; u++) subjects.push([`地区${b}承办单位${u}`, "承办单位", `地区${b}`, null]);
  }
  return { [SHEET.regions]: regions, [SHEET.subjects]: subjects };
}

const count = (n: number) => n.toLocaleString("en-US");
const secs = (ns: bigint | number) => `${(Number(ns) / 1e9).toFixed(2)} 秒`;
const payload = (bytes: number) =>
  `${count(bytes)} 字节（${(bytes / 1024 / 1024).toFixed(2)} MB，5 MB 上限的 ${((bytes / EXCEL_WEB_PAYLOAD_LIMIT) * 100).toFixed(1)}%）`;

/** Every this many rows one is kept aside to check against what the host reads back. */
const SAMPLE_EVERY = 9973;

/** An ExcelEnv over the fake whose `context.sync()` calls are timed: the fake's side of a read. */
function timedEnv(fake: FakeExcel): { env: ExcelEnv; syncNanos: () => bigint } {
  const inner = fakeExcelEnv(fake);
  let nanos = 0n;
  const run = (batch: (context: Excel.RequestContext) => Promise<unknown>) =>
    fake.run((context) => {
      const timed = {
        workbook: context.workbook,
        application: context.application,
        sync: async () => {
          const t = process.hrtime.bigint();
          try {
            await context.sync();
          } finally {
            nanos += process.hrtime.bigint() - t;
          }
        },
      };
      return batch(timed as unknown as Excel.RequestContext);
    });
  return { env: { run: run as ExcelEnv["run"], isSetSupported: inner.isSetSupported }, syncNanos: () => nanos };
}

/** The fake workbook, and copies of sampled 工单明细 rows as they were generated. */
function buildWorkbook(dataRows: number): { fake: FakeExcel; samples: Map<number, unknown[]> } {
  const tickets = ticketExportGrid(dataRows);
  const samples = new Map<number, unknown[]>();
  for (let r = 0; r < tickets.length; r += SAMPLE_EVERY) samples.set(r, [...tickets[r]]);
  samples.set(tickets.length - 1, [...tickets[tickets.length - 1]]);
  return { fake: createFakeExcel({ ...coreSheets(), [SHEET.tickets]: tickets }), samples };
}

/** Sampled rows that the host read back differently (trailing blanks of a row read as null). */
function mismatches(grid: readonly unknown[][], samples: Map<number, unknown[]>): number {
  let bad = 0;
  for (const [r, want] of samples) {
    const got = grid[r] ?? [];
    const width = Math.max(got.length, want.length);
    for (let c = 0; c < width; c++) if ((got[c] ?? null) !== (want[c] ?? null)) bad++;
  }
  return bad;
}

/**
 * Runs the benchmark (a full sheet unless told fewer ticket rows) and returns the lines to print.
 * Heap figures are exact when the process runs with --expose-gc.
 */
export async function runOfficeReadBench(dataRows = SHEET_ROWS - 1): Promise<string[]> {
  const heap = () => v8.getHeapStatistics().used_heap_size;
  let peakHeap = heap();
  const t0 = process.hrtime.bigint();
  const { fake, samples } = buildWorkbook(dataRows);
  const built = process.hrtime.bigint() - t0;
  peakHeap = Math.max(peakHeap, heap());
  collectGarbage();
  const heapWorkbook = heap();

  const { env, syncNanos } = timedEnv(fake);
  let blocks = 0;
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  const { grids } = await readSheets(env, Object.values(SHEET), {
    budget: PAYLOAD_BUDGET_BYTES,
    onProgress: () => {
      blocks++;
      peakHeap = Math.max(peakHeap, heap());
    },
  });
  const wall = process.hrtime.bigint() - started;
  const cpuUsed = process.cpuUsage(cpu);
  peakHeap = Math.max(peakHeap, heap());
  const rss = process.resourceUsage().maxRSS * 1024;

  const stats = fake.stats;
  const ticketGrid = grids[SHEET.tickets] ?? [];
  const rowsRead = Object.values(grids).reduce((n, g) => n + g.length, 0);
  const failed = stats.syncs.filter((s) => s.failed).length;
  const wrong = mismatches(ticketGrid, samples);
  const blockBytes = blocks > 0 ? stats.syncs.slice(-blocks).reduce((n, sync) => n + sync.responseBytes, 0) : 0;
  const full = ticketGrid.length === SHEET_ROWS ? "一张满表，" : "";
  return [
    `工单明细：${count(ticketGrid.length)} 行（${full}含表头），${TICKET_COLUMN_NAMES.length} 列；另有 地区、单位 ${count(rowsRead - ticketGrid.length)} 行`,
    `  生成工单并建成假 Excel 工作簿：${secs(built)}（不计入读取）`,
    `  readSheets 读取（默认预算 ${count(PAYLOAD_BUDGET_BYTES)} 字节/次）：${secs(wall)}，CPU ${secs((cpuUsed.user + cpuUsed.system) * 1000)}；` +
      `其中假 Excel 在 sync 内 ${secs(syncNanos())}，加载项一侧 ${secs(wall - syncNanos())}`,
    `  读入 ${count(rowsRead)} 行；抽查 ${samples.size} 行，不一致单元格 ${wrong} 个`,
    `  数据块 ${count(blocks)} 个，context.sync() ${count(stats.syncCount)} 次（= 数据块 + ${stats.syncCount - blocks}；失败 ${failed} 次）`,
    `  最大请求 ${payload(stats.maxRequestBytes)}`,
    `  最大响应 ${payload(stats.maxResponseBytes)}；数据块平均响应 ${count(Math.round(blockBytes / Math.max(1, blocks)))} 字节`,
    `  内存峰值（max RSS）${megabytes(rss)}；堆：假工作簿 ${megabytes(heapWorkbook)}，峰值约 ${megabytes(peakHeap)}（按数据块采样）`,
  ];
}

if (require.main === module) {
  // `--result`: one `BENCH_RESULT {"lines":[…]}` line for bench/run.ts instead of the text.
  const asResult = process.argv.includes("--result");
  runOfficeReadBench().then(
    (lines) => console.log(asResult ? `${RESULT_PREFIX}${JSON.stringify({ lines })}` : lines.join("\n")),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
