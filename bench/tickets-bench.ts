/**
 * Benchmark: one full Excel sheet of tickets (1,048,575 rows + the header row = 1,048,576) generated
 * in memory as the Office host hands cells over (date-times as Excel serials, the rest as text),
 * parsed, derived, merged and rendered. Prints wall time per step and the peak memory.
 * Run alone: `npx tsx bench/tickets-bench.ts`.
 */
import { defaultParams } from "../src/engine/params";
import type { Subject } from "../src/engine/types";
import { deriveStatistics } from "../src/workbook/tickets/derive-statistics";
import { mergeTicketStatistics } from "../src/workbook/tickets/merge-ticket-statistics";
import { parseTickets } from "../src/workbook/tickets/parse-tickets";
import { renderTicketStatsTable } from "../src/workbook/tickets/render-ticket-stats";
import { TICKET_COLUMN_NAMES } from "../src/workbook/tickets/ticket-sheets";

const SHEET_ROWS = 1_048_576;
const BODIES = 10;
const UNITS_PER_BODY = 30;
/** Excel serial of 2026-01-01 00:00. */
const SERIAL_2026 = 46023;

/** Small deterministic PRNG (mulberry32) so every run derives the same sheet. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function subjects(): Subject[] {
  const out: Subject[] = [];
  for (let b = 0; b < BODIES; b++) {
    out.push({ name: `地区${b}热线管理中心`, kind: "body", region: `地区${b}`, group: null });
    for (let u = 0; u < UNITS_PER_BODY; u++) out.push({ name: `地区${b}承办单位${u}`, kind: "unit", region: `地区${b}`, group: null });
  }
  return out;
}

/** The 工单明细 grid: ~1.3 dispatch rows per ticket over January–March 2026. */
export function generateTicketGrid(dataRows = SHEET_ROWS - 1): unknown[][] {
  const rnd = random(20260305);
  const hour = 1 / 24;
  const types = ["咨询", "求助", "投诉", "建议", "举报", "表扬", "其他"];
  const results = ["满意", "满意", "满意", "基本满意", "不满意", "未回复"];
  const grid: unknown[][] = new Array(dataRows + 1);
  grid[0] = [...TICKET_COLUMN_NAMES];
  let ticket = 0;
  let created = SERIAL_2026;
  let redispatch = false;
  for (let r = 1; r <= dataRows; r++) {
    if (!redispatch) {
      ticket++;
      created = SERIAL_2026 + rnd() * 88;
    }
    const b = ticket % BODIES;
    const urgent = rnd() < 0.1;
    const dispatched: number = created + rnd() * (urgent ? 3 : 14) * hour + (redispatch ? 1 : 0);
    const signed: number | null = rnd() < 0.97 ? dispatched + rnd() * 30 * hour : null;
    const auto = signed !== null && rnd() < 0.02;
    const returned: number | null = signed !== null && rnd() < 0.08 ? signed + rnd() * 10 * hour : null;
    const limit = Math.floor(dispatched) + 7 + 17 * hour;
    const extensions = rnd() < 0.1 ? (rnd() < 0.3 ? 2 : 1) : 0;
    const completed = returned === null && signed !== null && rnd() < 0.9 ? signed + rnd() * (extensions ? 12 : 8) : null;
    const first = completed === null ? null : results[Math.floor(rnd() * results.length)];
    grid[r] = [
      `T${String(ticket).padStart(8, "0")}`,
      urgent ? "紧急" : "一般",
      types[Math.floor(rnd() * types.length)],
      `地区${b}热线管理中心`,
      `地区${b}承办单位${Math.floor(rnd() * UNITS_PER_BODY)}`,
      created,
      dispatched,
      signed,
      auto ? "自动" : "人工",
      returned,
      limit,
      extensions,
      extensions ? limit + 7 * extensions : null,
      completed,
      rnd() < 0.03 ? "是" : "否",
      first,
      first === "不满意" && rnd() < 0.5 ? results[Math.floor(rnd() * results.length)] : null,
      rnd() < 0.02 ? "是" : "否",
      rnd() < 0.005 ? "是" : "否",
    ];
    redispatch = returned !== null && !redispatch;
  }
  return grid;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Runs the benchmark and returns the lines to print. */
export async function runTicketBench(): Promise<string[]> {
  const lines: string[] = [];
  const time = <T>(label: string, f: () => T): T => {
    const t0 = process.hrtime.bigint();
    const out = f();
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    lines.push(`  ${label}：${(ms / 1000).toFixed(2)} 秒`);
    return out;
  };
  const subs = subjects();
  const grid = time("生成工作表（内存中）", () => generateTicketGrid());
  const gridHeap = process.memoryUsage().heapUsed;
  const started = process.hrtime.bigint();
  const tickets = time("parseTickets", () => parseTickets({ 工单明细: grid }));
  const derived = time("deriveStatistics", () => deriveStatistics(tickets, subs));
  const input = { regions: [], subjects: subs, bodyStats: [], unitStats: [], ledger: [], params: defaultParams() };
  const merged = time("mergeTicketStatistics", () => mergeTicketStatistics({ input, columns: {} }, derived, {}));
  const tables = time("renderTicketStatsTable", () => derived.coveredMonths.map((m) => renderTicketStatsTable(m, derived)));
  const total = Number(process.hrtime.bigint() - started) / 1e9;
  const errors = [...tickets.problems, ...derived.problems].filter((p) => p.severity === "error").length;
  return [
    `工单明细：${(grid.length - 1).toLocaleString("en-US")} 行 + 表头 = 一张满表（${grid.length.toLocaleString("en-US")} 行），${subs.length} 个单位`,
    ...lines,
    `  解析 → 推算 → 合并 → 输出 合计：${total.toFixed(2)} 秒`,
    `  覆盖月份 ${derived.coveredMonths.join("、")}；办理统计 ${merged.input.unitStats.length} 行，受理统计 ${merged.input.bodyStats.length} 行，` +
      `工单统计输出 ${tables.reduce((n, t) => n + t.rows.length, 0)} 行；错误 ${errors} 个`,
    `  内存峰值（max RSS）${mb(process.resourceUsage().maxRSS * 1024)}；仅工作表占堆 ${mb(gridHeap)}，` +
      `加上解析行和结果 ${mb(process.memoryUsage().heapUsed)}`,
  ];
}

if (require.main === module) {
  runTicketBench().then(
    (lines) => console.log(lines.join("\n")),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
