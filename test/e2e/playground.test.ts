/**
 * End to end in headless Chromium: the playground (the real pane over the fake Excel) computes
 * the example like the command line does, moves Excel's selection to a clicked problem, and
 * inserts the template into an empty workbook and into the example. Screenshots go to test/artifacts/.
 */
import fs from "fs";
import path from "path";
import type { Browser, Page } from "playwright-core";
import { exampleSheets } from "../../src/example/example-workbook";
import { playgroundGrids } from "../../src/playground/workbooks";
import { computeWorkbook } from "../../src/workbook/compute";
import { a1 } from "../../src/workbook/problem";
import { INPUT_SHEETS, SHEET } from "../../src/workbook/sheets";
import { calendarTemplateRows } from "../../src/workbook/tickets/calendar-template";
import { HOLIDAY_SHEET_SPEC, TICKET_SHEET_SPEC } from "../../src/workbook/tickets/ticket-sheets";
import { ARTIFACTS, buildPlayground, launchChromium, serveFolder } from "./playground-server";

// The production build bundles the compute worker too (a child compilation): minutes on a busy machine.
jest.setTimeout(600_000);

/** Every sheet 「插入模板」 adds to an empty workbook, in order. */
const TEMPLATE_SHEETS = [...INPUT_SHEETS, TICKET_SHEET_SPEC, HOLIDAY_SHEET_SPEC];

let browser: Browser;
let server: { url: string; close(): Promise<void> };

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  server = await serveFolder(await buildPlayground());
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface SheetDump {
  name: string;
  grid: unknown[][];
}

async function openPlayground(workbook: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1500 } });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${server.url}/playground.html?workbook=${workbook}`);
  await page.getByText(/已找到 \d+ 张输入表/).waitFor();
  expect(errors).toEqual([]);
  return page;
}

const sheetsOf = (page: Page): Promise<SheetDump[]> =>
  page.evaluate(() => {
    const { fake } = (window as unknown as { __playground: { fake: { workbook: { sheets: Array<{ name: string; grid(): unknown[][] }> } } } }).__playground;
    return fake.workbook.sheets.map((s) => ({ name: s.name, grid: s.grid() }));
  });

const shoot = (page: Page, name: string) => page.locator(".pane").screenshot({ path: path.join(ARTIFACTS, name) });

describe("playground in Chromium", () => {
  it("computes 2026-03 on the example and writes the scores the command line computes", async () => {
    const page = await openPlayground("example");
    await shoot(page, "pane-idle.png");
    await page.getByLabel("计算期间").selectOption("2026-03");
    await page.getByRole("button", { name: "开始计算" }).click();
    await page.getByRole("heading", { name: "2026年3月 计算完成" }).waitFor();
    await shoot(page, "pane-results.png");
    await page.screenshot({ path: path.join(ARTIFACTS, "playground-results.png") });

    const expected = computeWorkbook(exampleSheets(), "2026-03", { now: new Date(), existingSheets: [] });
    const sheets = await sheetsOf(page);
    for (const table of expected.tables.filter((t) => t.name !== "计算说明")) {
      const written = sheets.find((s) => s.name === table.name);
      const rows = table.rows.map((r) => table.columns.map((_, i) => r[i] ?? null));
      expect({ sheet: table.name, rows: written?.grid.slice(2) }).toEqual({ sheet: table.name, rows });
    }
    const inputNames = new Set(INPUT_SHEETS.map((s) => s.name));
    const input = sheets.filter((s) => inputNames.has(s.name));
    const original = exampleSheets();
    for (const s of input) expect(s.grid.length).toBe(original[s.name].length);
    await page.close();
  });

  it("lists the problems of a faulty workbook and moves the selection to a clicked one", async () => {
    const page = await openPlayground("errors");
    await page.getByRole("button", { name: "开始计算" }).click();
    await page.getByRole("heading", { name: /发现 \d+ 个错误/ }).waitFor();
    await shoot(page, "pane-problems.png");

    const expected = computeWorkbook(playgroundGrids("errors"), "2026-03", { now: new Date(), existingSheets: [] });
    const target = expected.problems.find((p) => p.severity === "error" && p.sheet === "办理统计")!;
    const groups = page.locator("section[aria-label='办理统计'] button");
    await groups.first().click();
    const cell = a1(target.row, target.col);
    await page.locator(`table[data-sheet='办理统计'] td.selected[data-cell='${cell}']`).waitFor();
    const selection = await page.evaluate(() => {
      const { fake } = (window as unknown as { __playground: { fake: { workbook: { selection: unknown; sheets: Array<{ id: string; name: string }> } } } }).__playground;
      const sel = fake.workbook.selection as { sheetId: string; rect: unknown };
      return { sheet: fake.workbook.sheets.find((s) => s.id === sel.sheetId)?.name, rect: sel.rect };
    });
    expect(selection).toEqual({ sheet: "办理统计", rect: { row: target.row, col: target.col, rows: 1, cols: 1 } });
    await page.screenshot({ path: path.join(ARTIFACTS, "playground-problem-selected.png") });
    const names = (await sheetsOf(page)).map((s) => s.name);
    expect(names.some((n) => n.startsWith("2026-03"))).toBe(false);
    await page.close();
  });

  it("inserts the template into an empty workbook from the keyboard", async () => {
    const page = await openPlayground("empty");
    await page.getByRole("button", { name: "插入模板" }).focus();
    await page.keyboard.press("Enter");
    await page.getByText(/^已新建：/).waitFor();
    const sheets = await sheetsOf(page);
    expect(sheets.map((s) => s.name)).toEqual(["Sheet1", ...TEMPLATE_SHEETS.map((s) => s.name)]);
    for (const spec of TEMPLATE_SHEETS) {
      const sheet = sheets.find((s) => s.name === spec.name);
      expect(sheet?.grid[0].slice(0, spec.columns.length)).toEqual(spec.columns.map((c) => c.header));
    }
    await page.getByText(`已新建：${TEMPLATE_SHEETS.map((s) => s.name).join("、")}`).waitFor();
    await page.getByText(`已找到 ${INPUT_SHEETS.length} 张输入表`).waitFor();
    await shoot(page, "pane-template.png");
    await page.close();
  });

  it("inserts only 工单明细 and 节假日 into the example, with the calendar of its year", async () => {
    const page = await openPlayground("example");
    const before = await sheetsOf(page);
    await page.getByRole("button", { name: "插入模板" }).click();
    await page.getByText(`已新建：${SHEET.tickets}、${SHEET.holidays}`).waitFor();
    await page.getByText(`已存在、未改动：${INPUT_SHEETS.map((s) => s.name).join("、")}`).waitFor();
    const after = await sheetsOf(page);
    expect(after.map((s) => s.name)).toEqual([...before.map((s) => s.name), SHEET.tickets, SHEET.holidays]);
    expect(after.slice(0, before.length)).toEqual(before);
    const holidays = after.find((s) => s.name === SHEET.holidays)!;
    expect(holidays.grid.slice(1)).toEqual(calendarTemplateRows([2026]));
    await shoot(page, "pane-template-example.png");
    await page.close();
  });
});
