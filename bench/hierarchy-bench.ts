/**
 * Benchmark: huge 上级地区 hierarchies (issue 12, class 1). The example workbook with
 *   - a chain of N regions above its top regions (every region and unit then has N+ ancestors), scored;
 *   - a cycle of N regions added beside it, reported once.
 * Prints wall time of computeWorkbook and the length of the cycle message. Not a test: the targets
 * ("within seconds" at N = 20,000) are read off the figures.
 * Run alone: `npx tsx bench/hierarchy-bench.ts [N …]` (default 4000 8000 20000).
 */
import { exampleSheets } from "../src/example/example-workbook";
import type { SheetGrids } from "../src/workbook/compute-types";
import { computeWorkbook } from "../src/workbook/compute";
import { SHEET } from "../src/workbook/sheets";

const NOW = new Date(Date.UTC(2026, 3, 1));

/** The example with a chain 层级1 ← 层级2 ← … ← 层级N above every top region. */
function chainSheets(n: number): SheetGrids {
  const sheets = exampleSheets();
  const [header, ...rows] = sheets[SHEET.regions] as unknown[][];
  const chain = Array.from({ length: n }, (_, i) => [`层级${i + 1}`, i === 0 ? null : `层级${i}`, null]);
  const hung = rows.map((r) => (r[1] === null || r[1] === "" ? [r[0], `层级${n}`, r[2]] : r));
  return { ...sheets, [SHEET.regions]: [header, ...chain, ...hung] };
}

/** The example with a cycle 环1 → 环2 → … → 环N → 环1 added. */
function cycleSheets(n: number): SheetGrids {
  const sheets = exampleSheets();
  const cycle = Array.from({ length: n }, (_, i) => [`环${i + 1}`, `环${((i + 1) % n) + 1}`, null]);
  return { ...sheets, [SHEET.regions]: [...(sheets[SHEET.regions] as unknown[][]), ...cycle] };
}

function timed<T>(run: () => T): { value: T; seconds: number } {
  const started = process.hrtime.bigint();
  const value = run();
  return { value, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

function main(): void {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  for (const n of sizes.length ? sizes : [4000, 8000, 20000]) {
    const chain = timed(() => computeWorkbook(chainSheets(n), "2026-03", { now: NOW, existingSheets: [] }));
    const errors = chain.value.problems.filter((p) => p.severity === "error").length;
    process.stdout.write(
      `链 ${n} 层：${chain.seconds.toFixed(2)} s，${chain.value.ok ? "已计算" : "未计算"}，错误 ${errors} 个，地区综合 ${chain.value.result?.months[0].regions.length ?? 0} 行\n`,
    );
    const cycle = timed(() => computeWorkbook(cycleSheets(n), "2026-03", { now: NOW, existingSheets: [] }));
    const cycleErrors = cycle.value.problems.filter((p) => p.severity === "error");
    const longest = Math.max(0, ...cycle.value.problems.map((p) => p.message.length));
    process.stdout.write(
      `环 ${n} 个地区：${cycle.seconds.toFixed(2)} s，错误 ${cycleErrors.length} 个，最长消息 ${longest} 字符\n`,
    );
  }
  process.stdout.write(`（${process.platform} ${process.arch}，Node ${process.version}）\n`);
}

main();
