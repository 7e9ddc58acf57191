/**
 * `npx tsx scripts/docs-screenshots.ts`: the pane screenshots of docs/使用说明.md, taken from the
 * playground (production build) in headless Chromium, and the old-webview message from taskpane.html
 * with an IE11 user agent. Writes docs/images/*.png. `--no-build` reuses test/artifacts/playground-build.
 */
import fs from "fs";
import path from "path";
import type { Browser, Page } from "playwright-core";
import { buildPlayground, launchChromium, serveFolder } from "../test/e2e/playground-server";

const ROOT = path.resolve(__dirname, "..");
const IMAGES = path.join(ROOT, "docs", "images");
const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko";

async function open(browser: Browser, url: string, workbook: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1800 } });
  await page.goto(`${url}/playground.html?workbook=${workbook}`);
  await page.getByText(/已找到 \d+ 张输入表|插入模板/).first().waitFor();
  return page;
}

/** The pane, cut below its last piece of content. */
async function pane(page: Page, name: string): Promise<void> {
  const box = (await page.locator(".pane").boundingBox())!;
  const bottom = await page.evaluate(() => {
    let max = 0;
    for (const e of Array.from(document.querySelectorAll("#root *"))) {
      const r = e.getBoundingClientRect();
      const shown = e.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true, opacityProperty: true });
      if (e.children.length === 0 && shown && r.height > 0) max = Math.max(max, r.bottom);
    }
    return max;
  });
  await page.screenshot({ path: path.join(IMAGES, name), clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, bottom - box.y + 12) } });
}

/**
 * The sheet area (left of the pane) showing one sheet, clipped to `height` pixels. With `columns`
 * (ranges such as "K-N"), only those columns beside the row numbers, as if the others were hidden.
 */
async function sheet(page: Page, sheetName: string, name: string, columns?: string[], height = 420): Promise<void> {
  await page.locator("button.tab", { hasText: sheetName }).click();
  const area = (await page.locator("#sheets").boundingBox())!;
  if (!columns) {
    await page.screenshot({ path: path.join(IMAGES, name), clip: { x: area.x, y: area.y, width: Math.min(area.width, 960), height } });
    return;
  }
  // Wide enough that the whole sheet is drawn, then one clip per range, joined side by side.
  await page.setViewportSize({ width: (await page.locator(".grid").boundingBox())!.width + 400, height: 1800 });
  const letter = (l: string) => [...l].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const header = async (l: string) => (await page.locator(".grid thead th").nth(letter(l)).boundingBox())!;
  const last = columns[columns.length - 1].split("-").pop()!;
  await page.locator(`td[data-cell='${last}3']`).waitFor();
  const clips: Buffer[] = [];
  for (const range of columns) {
    const [from, to = from] = range.split("-");
    const x = range === columns[0] ? area.x : (await header(from)).x;
    const end = await header(to);
    clips.push(await page.screenshot({ clip: { x, y: area.y, width: end.x + end.width - x, height } }));
  }
  const joined = await page.context().browser()!.newPage();
  const images = clips.map((png) => `<img src="data:image/png;base64,${png.toString("base64")}">`).join("");
  await joined.setContent(`<div style="display: inline-flex; gap: 3px; background: #999">${images}</div>`);
  await joined.locator("div").screenshot({ path: path.join(IMAGES, name) });
  await joined.close();
}

async function main(): Promise<void> {
  fs.mkdirSync(IMAGES, { recursive: true });
  // --no-build: reuse the playground the browser tests built last.
  const built = path.join(ROOT, "test", "artifacts", "playground-build");
  const server = await serveFolder(process.argv.includes("--no-build") ? built : await buildPlayground());
  const browser = await launchChromium();
  try {
    let page = await open(browser, server.url, "empty");
    await pane(page, "pane-empty.png");
    await page.getByRole("button", { name: "插入模板" }).click();
    await page.getByText(/^已新建：/).waitFor();
    await pane(page, "pane-template.png");
    await page.close();

    page = await open(browser, server.url, "example");
    await page.getByLabel("计算期间").selectOption("2026-03");
    await pane(page, "pane-ready.png");
    await page.getByRole("button", { name: "开始计算" }).click();
    await page.getByRole("heading", { name: "2026年3月 计算完成" }).waitFor();
    await pane(page, "pane-results.png");
    await sheet(page, "2026-03 地区综合", "sheet-region.png");
    // 单位 beside 基础分, 加分, 减分, 最终得分 and 说明 (the items' scores in between are left out).
    await sheet(page, "2026-03 管理机构得分", "sheet-bodies.png", ["A", "K-N", "R"]);
    await page.close();

    page = await open(browser, server.url, "errors");
    await page.getByRole("button", { name: "开始计算" }).click();
    await page.getByRole("heading", { name: /发现 \d+ 个错误/ }).waitFor();
    await pane(page, "pane-problems.png");
    await page.locator("section[aria-label='办理统计'] button").first().click();
    await page.locator("table[data-sheet='办理统计'] td.selected").waitFor();
    const box = (await page.locator(".main").boundingBox())!;
    await page.screenshot({ path: path.join(IMAGES, "problem-selected.png"), clip: { x: box.x, y: box.y, width: box.width, height: 520 } });
    await page.close();

    const context = await browser.newContext({ userAgent: IE11, viewport: { width: 360, height: 520 } });
    page = await context.newPage();
    await page.route("**/*", (route) => (route.request().url().startsWith(server.url) ? route.continue() : route.abort()));
    await page.setContent(fs.readFileSync(path.join(ROOT, "src", "taskpane", "taskpane.html"), "utf8").replace(/<%=[^%]*%>/g, ""));
    await page.getByRole("alert").waitFor();
    await page.screenshot({ path: path.join(IMAGES, "pane-unsupported.png") });
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
  for (const f of fs.readdirSync(IMAGES)) console.log(f, fs.statSync(path.join(IMAGES, f)).size);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
