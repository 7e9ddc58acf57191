/**
 * Benchmark of the web page and of the pane's thread, in headless Chromium (not a test):
 *   - the size of dist/web/index.html (the page's production build);
 *   - on the page, from file://: choosing the file → the summary, 开始计算 → the results shown
 *     (the worker has then also made the scored workbook), and → the saved download; for the
 *     example (2026-03) and the province-scale workbook (year); the peak JS heap of the page's
 *     thread plus its compute worker (CDP Runtime.getHeapUsage, sampled every 100 ms);
 *   - in the playground (the real pane over the fake Excel) on the province-scale workbook:
 *     the longest task on the pane's thread while 开始计算 runs (PerformanceObserver `longtask`).
 * `npm run bench` calls webBench(); alone: `npx tsx bench/web-bench.ts [PROVINCE.xlsx] [--reuse-build]`.
 */
import { promises as fs } from "fs";
import path from "path";
import zlib from "zlib";
import ExcelJS from "exceljs";
import type { Browser, CDPSession, Page } from "playwright-core";
import { writeInputSheets } from "../src/hosts/xlsx/write-input-sheets";
import type { SheetGrids } from "../src/workbook/compute-types";
import { buildPlayground, launchChromium, serveFolder } from "../test/e2e/playground-server";
import { buildWebPage, WEB_PAGE } from "../test/e2e/web-page-build";
import { megabytes } from "./measure";
import { BENCH_YEAR, provinceSheets } from "./province-workbook";
import { atMost, verdict, type TargetFigure } from "./targets";

const ROOT = path.resolve(__dirname, "..");
const EXAMPLE = path.join(ROOT, "examples", "jilin-example.xlsx");
const TIMEOUT = 600_000;

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const size = (bytes: number) => (bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(0)} KB` : megabytes(bytes));

/** Samples the JS heap of the page's thread and of every worker it starts (CDP, non-flattened worker sessions). */
async function heapSampler(cdp: CDPSession): Promise<{ stop(): Promise<number> }> {
  const workers = new Set<string>();
  const workerHeap = new Map<string, number>();
  cdp.on("Target.attachedToTarget", (e: { sessionId: string; targetInfo: { type: string } }) => {
    if (e.targetInfo.type === "worker") workers.add(e.sessionId);
  });
  cdp.on("Target.detachedFromTarget", (e: { sessionId: string }) => void workers.delete(e.sessionId));
  cdp.on("Target.receivedMessageFromTarget", (e: { sessionId: string; message: string }) => {
    const reply = JSON.parse(e.message) as { result?: { usedSize?: number } };
    if (reply.result?.usedSize !== undefined) workerHeap.set(e.sessionId, reply.result.usedSize);
  });
  await cdp.send("Target.setAutoAttach", { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  let peak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const main = (await cdp.send("Runtime.getHeapUsage").catch(() => ({ usedSize: 0 }))).usedSize;
      for (const sessionId of workers) {
        const message = JSON.stringify({ id: 1, method: "Runtime.getHeapUsage" });
        await cdp.send("Target.sendMessageToTarget", { sessionId, message }).catch(() => undefined);
      }
      const inWorkers = [...workerHeap.values()].reduce((a, b) => a + b, 0);
      peak = Math.max(peak, main + inWorkers);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return peak;
    },
  };
}

interface PageRun {
  openMs: number;
  computeMs: number;
  saveMs: number;
  peakHeap: number;
  savedBytes: number;
}

/** The web page from file:// scoring one workbook for one period, timed from Node. */
async function scoreOnPage(browser: Browser, url: string, file: string, period: string, done: RegExp): Promise<PageRun> {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const heap = await heapSampler(await context.newCDPSession(page));
  await page.goto(url);
  const t0 = Date.now();
  await page.getByLabel("选择工作簿").setInputFiles(file);
  await page.getByText(/已找到 \d+ 张输入表/).waitFor({ timeout: TIMEOUT });
  const t1 = Date.now();
  await page.getByLabel("计算期间").selectOption(period);
  const t2 = Date.now();
  await page.getByRole("button", { name: "开始计算" }).click();
  await page.getByRole("heading", { name: done }).waitFor({ timeout: TIMEOUT });
  const t3 = Date.now();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载结果工作簿" }).click()]);
  const saved = await download.path();
  const t4 = Date.now();
  const savedBytes = saved ? (await fs.stat(saved)).size : 0;
  const peakHeap = await heap.stop();
  await context.close();
  return { openMs: t1 - t0, computeMs: t3 - t2, saveMs: t4 - t3, peakHeap, savedBytes };
}

interface LongTasks {
  longest: number;
  count: number;
  computeMs: number;
}

/** The playground (pane over the fake Excel) loaded with the grids, computing the period; long tasks on its thread. */
async function paneLongTasks(browser: Browser, baseUrl: string, grids: SheetGrids, period: string): Promise<LongTasks> {
  const page: Page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = [];
    (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
  });
  await page.goto(`${baseUrl}/playground.html?workbook=empty`);
  await page.getByText(/已找到 \d+ 张输入表/).waitFor({ timeout: TIMEOUT });
  // The province's sheets go into the fake Excel as a user's typed cells (no dates in them).
  await page.evaluate((sheets) => {
    type Sheet = { name: string; setRowValues(r: number, v: unknown[]): void };
    type Book = { sheets: Sheet[]; addSheet(n: string): Sheet; sheetByName(n: string): Sheet | undefined; removeSheet(s: Sheet): void; notifyChange(): void };
    const book = (window as unknown as { __playground: { fake: { workbook: Book } } }).__playground.fake.workbook;
    for (const [name, rows] of Object.entries(sheets)) {
      const sheet = book.addSheet(name);
      rows.forEach((row, r) => row.length > 0 && sheet.setRowValues(r, row.map((v) => (v === null || v === undefined ? "" : v))));
    }
    const blank = book.sheetByName("Sheet1");
    if (blank) book.removeSheet(blank);
    book.notifyChange();
  }, grids as Record<string, unknown[][]>);
  await page.getByRole("button", { name: "重新读取" }).click();
  await page.getByText(/地区 \d{3} 个/).waitFor({ timeout: TIMEOUT });
  await page.getByLabel("计算期间").selectOption(period);
  const start = await page.evaluate(() => performance.now());
  await page.getByRole("button", { name: "开始计算" }).click();
  // A plain id, not a role query: Playwright's role engine runs on the page's thread and, polling
  // over the playground's sheet view, would itself make long tasks.
  await page.waitForSelector("#result-heading", { timeout: TIMEOUT, state: "attached" });
  const end = await page.evaluate(() => performance.now());
  const tasks = await page.evaluate(() => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks);
  await page.close();
  const during = tasks.filter((t) => t.start >= start);
  return { longest: Math.max(0, ...during.map((t) => t.duration)), count: during.length, computeMs: end - start };
}

/** Writes the province-scale workbook as the benchmark does (when run alone). */
async function writeProvince(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  writeInputSheets(workbook, provinceSheets(), { dropdowns: false });
  await fs.mkdir(path.dirname(file), { recursive: true });
  await workbook.xlsx.writeFile(file);
}

export interface WebBenchOptions {
  /** The province-scale .xlsx (bench/run.ts has written it). */
  provinceXlsx: string;
  /** Reuse test/artifacts' builds of the page and the playground when they exist. */
  reuseBuild?: boolean;
}

/** Runs every measurement; returns the lines to print (Chinese, like the rest of `npm run bench`) and the two target rows. */
export async function webBench(options: WebBenchOptions): Promise<{ lines: string[]; targets: TargetFigure[] }> {
  const lines: string[] = [];
  const targets: TargetFigure[] = [];
  const url = await buildWebPage({ reuse: options.reuseBuild });
  const html = await fs.readFile(WEB_PAGE);
  lines.push(`网页版 index.html：${megabytes(html.length)}（gzip ${megabytes(zlib.gzipSync(html).length)}），单个文件`);
  const builtPlayground = path.join(ROOT, "test", "artifacts", "playground-build");
  const reusePlayground = options.reuseBuild && (await fs.stat(path.join(builtPlayground, "playground.html")).then(() => true, () => false));
  const playground = await serveFolder(reusePlayground ? builtPlayground : await buildPlayground());
  const browser = await launchChromium();
  try {
    const runs: [string, string, string, RegExp][] = [
      ["示例工作簿", EXAMPLE, "2026-03", /2026年3月 计算完成/],
      ["全省规模工作簿", options.provinceXlsx, BENCH_YEAR, new RegExp(`${BENCH_YEAR}年.*计算完成`)],
    ];
    for (const [label, file, period, done] of runs) {
      const r = await scoreOnPage(browser, url, file, period, done);
      const total = r.openMs + r.computeMs;
      lines.push(
        `网页版 ${label}（${period}）：选择文件 → 显示结果 ${seconds(total)}（读取 ${seconds(r.openMs)}，计算并生成工作簿 ${seconds(r.computeMs)}），` +
          `→ 保存完毕 ${seconds(total + r.saveMs)}（${size(r.savedBytes)}）；JS 堆峰值 ${megabytes(r.peakHeap)}（页面 + 计算线程）` +
          (label === "全省规模工作簿" ? "（目标 ≤ 15 s）" : ""),
      );
      if (label === "全省规模工作簿") {
        targets.push(atMost("网页版 选择文件 → 保存完毕，全省年度", (total + r.saveMs) / 1000, 15, (s) => `${s.toFixed(2)} s`, `headless Chromium，JS 堆峰值 ${megabytes(r.peakHeap)}`));
      }
    }
    const pane = await paneLongTasks(browser, playground.url, provinceSheets(), BENCH_YEAR);
    lines.push(
      `任务窗格（演示页，全省规模，${BENCH_YEAR}）：开始计算 → 完成 ${seconds(pane.computeMs)}，窗格线程最长任务 ${pane.longest.toFixed(0)} ms（超过 50 ms 的任务 ${pane.count} 个；目标 ≤ 200 ms）`,
    );
    // The longtask API reports only tasks of 50 ms or more: none seen means every task was shorter.
    targets.push(atMost("面板线程最长任务（playground，全省年度）", pane.longest, 200, (ms) => (pane.count === 0 && ms === 0 ? "< 50 ms" : `${ms.toFixed(0)} ms`),
      `PerformanceObserver longtask；超过 50 ms 的任务 ${pane.count} 个，计算 ${seconds(pane.computeMs)}`));
  } finally {
    await browser.close();
    await playground.close();
  }
  return { lines, targets };
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const given = args.find((a) => !a.startsWith("--"));
  const province = given ?? path.join(ROOT, "bench", "out", "province.xlsx");
  (async () => {
    if (!given) await writeProvince(province);
    const { lines, targets } = await webBench({ provinceXlsx: province, reuseBuild: args.includes("--reuse-build") });
    for (const line of lines) process.stdout.write(`${line}\n`);
    for (const t of targets) process.stdout.write(`${t.what}：${t.value}（目标 ${t.target}，${verdict(t.met)}）\n`);
  })().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
