/**
 * End to end in headless Chromium: the built web page (dist/web/index.html) opened from file://
 * scores the example like `jsjb score --out --json`, lists a broken workbook's problems with
 * `sheet!cell` and offers nothing to save, refuses files that are not workbooks in Chinese, and
 * requests nothing but itself. Screenshots go to test/artifacts/.
 */
import fs from "fs";
import os from "os";
import path from "path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { playgroundGrids } from "../../src/playground/workbooks";
import { runCli, writeGridsFile } from "../cli/helpers";
import { ARTIFACTS, launchChromium } from "./playground-server";
import { buildWebPage } from "./web-page-build";
import { workbookValues, type SheetValues } from "./xlsx-values";

jest.setTimeout(900_000);

const EXAMPLE = path.resolve(__dirname, "../../examples/jilin-example.xlsx");
const PERIOD = "2026-03";

let browser: Browser;
let pageUrl: string;
let tmp: string;
let cli: { workbook: SheetValues[]; json: string };

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "jsjb-web-"));
  const out = path.join(tmp, "cli.scored.xlsx");
  const json = path.join(tmp, "cli.result.json");
  const run = await runCli("score", EXAMPLE, "--period", PERIOD, "--out", out, "--json", json);
  expect(run.code).toBe(0);
  cli = { workbook: await workbookValues(fs.readFileSync(out)), json: fs.readFileSync(json, "utf8") };
  // JSJB_REUSE_WEB_BUILD=1 reuses the last build (iterating on the tests only).
  pageUrl = await buildWebPage({ reuse: process.env.JSJB_REUSE_WEB_BUILD === "1" });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

interface Opened {
  context: BrowserContext;
  page: Page;
  /** Every URL the page asked for (navigation, scripts, workers, fetches). */
  requests: string[];
  /** Script errors and CSP violations. */
  errors: string[];
}

async function openPage(): Promise<Opened> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 900, height: 1100 } });
  const requests: string[] = [];
  await context.route("**/*", (route) => {
    requests.push(route.request().url());
    return route.continue();
  });
  context.on("request", (r) => requests.push(r.url()));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`)),
  );
  await page.goto(pageUrl);
  await page.getByRole("button", { name: "选择工作簿" }).waitFor();
  return { context, page, requests, errors };
}

const shoot = (page: Page, name: string) => page.locator("main").screenshot({ path: path.join(ARTIFACTS, name) });

/** Requests other than the page itself and data:/blob: URLs. */
const foreign = (requests: readonly string[]) => requests.filter((u) => u !== pageUrl && !u.startsWith("data:") && !u.startsWith("blob:"));

async function chooseFile(page: Page, file: string | { name: string; buffer: Buffer }): Promise<void> {
  await page.getByLabel("选择工作簿").setInputFiles(typeof file === "string" ? file : { ...file, mimeType: "application/octet-stream" });
}

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button }).click()]);
  return { name: file.suggestedFilename(), bytes: fs.readFileSync((await file.path())!) };
}

/** The workbook's values with 计算说明's 计算时间 row blanked (the only cell that differs run to run). */
const withoutTime = (sheets: SheetValues[]) =>
  sheets.map((s) => (s.name !== "计算说明" ? s : { ...s, rows: s.rows.map((r) => (r[0] === "计算时间" ? ["计算时间"] : r)) }));

describe("the web page from file://", () => {
  it("scores the example for 2026-03 and saves the workbook and JSON the command line writes", async () => {
    const { context, page, requests, errors } = await openPage();
    await shoot(page, "web-idle.png");
    await chooseFile(page, EXAMPLE);
    await page.getByText(/已找到 \d+ 张输入表/).waitFor();
    await page.getByText("文件：jilin-example.xlsx").waitFor();
    await page.getByLabel("计算期间").selectOption(PERIOD);
    await page.getByRole("button", { name: "开始计算" }).click();
    await page.getByRole("heading", { name: "2026年3月 计算完成" }).waitFor();
    await shoot(page, "web-results.png");

    const workbook = await download(page, "下载结果工作簿");
    expect(workbook.name).toBe("jilin-example.scored.xlsx");
    const json = await download(page, "下载 JSON");
    expect(json.name).toBe("jilin-example.result.json");

    const saved = await workbookValues(workbook.bytes);
    expect(saved.map((s) => s.name)).toEqual(cli.workbook.map((s) => s.name));
    expect(withoutTime(saved)).toEqual(withoutTime(cli.workbook));
    expect(saved.find((s) => s.name === "计算说明")!.rows.some((r) => r[0] === "计算时间" && typeof r[1] === "string")).toBe(true);
    expect(json.bytes.toString("utf8")).toBe(cli.json);

    expect(errors).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    expect(foreign(requests)).toEqual([]);
    await context.close();
  });

  it("with 同时写入各月结果表 a quarter also saves each month's sheets and documents, as --with-months does", async () => {
    const out = path.join(tmp, "cli.q1.scored.xlsx");
    const jsonFile = path.join(tmp, "cli.q1.result.json");
    expect((await runCli("score", EXAMPLE, "--period", "2026Q1", "--with-months", "--out", out, "--json", jsonFile)).code).toBe(0);
    const expected = await workbookValues(fs.readFileSync(out));
    const { context, page } = await openPage();
    await chooseFile(page, EXAMPLE);
    await page.getByText(/已找到 \d+ 张输入表/).waitFor();
    await page.getByLabel("计算期间").selectOption("2026Q1");
    await page.getByRole("switch", { name: "同时写入各月结果表" }).check();
    await page.getByRole("button", { name: "开始计算" }).click();
    await page.getByRole("heading", { name: "2026年第1季度 计算完成" }).waitFor();

    const saved = await workbookValues((await download(page, "下载结果工作簿")).bytes);
    expect(saved.map((s) => s.name)).toEqual(expected.map((s) => s.name));
    expect(saved.map((s) => s.name)).toContain("2026-03 承办单位得分");
    expect(withoutTime(saved)).toEqual(withoutTime(expected));
    const json = (await download(page, "下载 JSON")).bytes.toString("utf8");
    expect(json).toBe(fs.readFileSync(jsonFile, "utf8"));
    expect(JSON.parse(json).monthly.map((m: { period: string }) => m.period)).toEqual(["2026-01", "2026-02", "2026-03"]);
    await context.close();
  });

  it("lists a broken workbook's problems as sheet!cell and offers nothing to save", async () => {
    const file = path.join(tmp, "含错误.xlsx");
    await writeGridsFile(file, playgroundGrids("errors"));
    const { context, page, requests, errors } = await openPage();
    await chooseFile(page, file);
    await page.getByText(/已找到 \d+ 张输入表/).waitFor();
    await page.getByLabel("计算期间").selectOption(PERIOD);
    await page.getByRole("button", { name: "开始计算" }).click();
    const heading = page.getByRole("heading", { name: /发现 \d+ 个错误/ });
    await heading.waitFor();
    await shoot(page, "web-problems.png");
    await expect(heading.textContent()).resolves.toMatch(/未写入结果/);
    await page.getByText("办理统计!D13").first().waitFor();
    await page.getByText("台账!H6").first().waitFor();
    await expect(page.getByRole("button", { name: "下载结果工作簿" }).count()).resolves.toBe(0);
    await expect(page.getByRole("button", { name: "下载 JSON" }).count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    expect(foreign(requests)).toEqual([]);
    await context.close();
  });

  it.each([
    ["旧格式.xls", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]), /旧版 \.xls 格式/],
    ["统计.csv", Buffer.from("地区,单位\n长春市,长春市政数局\n", "utf8"), /CSV 文件只是文本/],
    ["空.xlsx", Buffer.alloc(0), /空文件（0 字节）/],
    ["假的.xlsx", Buffer.from("这不是工作簿", "utf8"), /无法读取“假的\.xlsx”/],
  ])("refuses %s with a Chinese message", async (name, buffer, message) => {
    const { context, page, requests, errors } = await openPage();
    await chooseFile(page, { name, buffer });
    const alert = page.getByRole("alert");
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(message);
    await expect(alert.textContent()).resolves.toContain(name);
    await expect(page.getByRole("button", { name: "开始计算" }).count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    expect(foreign(requests)).toEqual([]);
    await context.close();
  });
});
