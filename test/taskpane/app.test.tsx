/**
 * @jest-environment jsdom
 */
import { act } from "react";
import { exampleSheets } from "../../src/example/example-workbook";
import { SHEET } from "../../src/workbook/sheets";
import { renderPane, type RenderedPane } from "./render-pane";

let pane: RenderedPane | null = null;
afterEach(() => {
  pane?.unmount();
  pane = null;
});

const select = (p: RenderedPane) => p.container.querySelector("select")!;

describe("the task pane", () => {
  it("shows what the workbook holds and offers its months, quarters and years", async () => {
    pane = await renderPane(exampleSheets());
    expect(pane.text()).toContain("地区 16 个 · 管理机构 16 个 · 承办单位 67 个");
    expect(pane.text()).toContain("月份：2026-01 至 2026-03（3 个月）");
    const options = [...select(pane).querySelectorAll("option")].map((o) => o.value);
    expect(options).toEqual(["2026-03", "2026-02", "2026-01", "2026Q1", "2026"]);
    expect(select(pane).value).toBe("2026-03");
  });

  it("computes, shows the ranking and links each written sheet to Excel", async () => {
    pane = await renderPane(exampleSheets());
    const p = pane;
    await p.click(p.button("开始计算"));
    await p.until(() => expect(p.text()).toContain("2026年3月 计算完成"));
    expect(p.text()).toMatch(/前列\s*1/);
    const link = p.button("2026-03 地区综合");
    await p.click(link);
    await p.until(() => expect(p.fake.workbook.activeSheetId).toBe(p.fake.workbook.sheetByName("2026-03 地区综合")!.id));
    expect(p.fake.workbook.selection?.rect).toEqual({ row: 2, col: 0, rows: 1, cols: 1 });
  });

  it("writes a quarter's months' sheets only when 同时写入各月结果表 is switched on", async () => {
    pane = await renderPane(exampleSheets());
    const p = pane;
    expect(p.container.querySelector("input[role=switch]")).toBeNull(); // a month: no switch
    await act(async () => {
      const s = select(p);
      s.value = "2026Q1";
      s.dispatchEvent(new Event("change", { bubbles: true }));
    });
    const toggle = () => p.container.querySelector<HTMLInputElement>("input[role=switch]")!;
    expect(p.text()).toContain("同时写入各月结果表");
    expect(toggle().checked).toBe(false);
    await p.click(p.button("开始计算"));
    await p.until(() => expect(p.fake.workbook.sheetByName("2026Q1 季度排名")).toBeTruthy());
    await p.until(() => expect(p.button("计算说明")).toBeTruthy());
    expect(p.fake.workbook.sheetByName("2026-03 地区综合")).toBeFalsy();
    await p.click(toggle());
    expect(toggle().checked).toBe(true);
    await p.click(p.button("开始计算"));
    await p.until(() => expect(p.fake.workbook.sheetByName("2026-03 地区综合")).toBeTruthy());
    expect(p.fake.workbook.sheetByName("2026-01 管理机构得分")).toBeTruthy();
  });

  it("lists problems by sheet and selects a problem's cell when it is clicked", async () => {
    const grids = exampleSheets();
    grids[SHEET.unitStats][12][3] = Number(grids[SHEET.unitStats][12][2]) + 5;
    pane = await renderPane(grids);
    const p = pane;
    await p.click(p.button("开始计算"));
    await p.until(() => expect(p.text()).toContain("发现 1 个错误，未写入结果"));
    const problem = p.button(/^D13错误/);
    expect(problem.closest("section")?.getAttribute("aria-label")).toBe(SHEET.unitStats);
    await p.click(problem);
    const sheet = p.fake.workbook.sheetByName(SHEET.unitStats)!;
    await p.until(() => expect(p.fake.workbook.selection).toEqual({ sheetId: sheet.id, rect: { row: 12, col: 3, rows: 1, cols: 1 } }));
  });

  it("inserts the template into an empty workbook and reads it again", async () => {
    pane = await renderPane({});
    const p = pane;
    expect(p.text()).toContain("已找到 0 张输入表");
    expect(p.text()).toContain("工作簿中没有可计算的月份");
    expect(p.button("开始计算").disabled).toBe(true);
    await p.click(p.button("插入模板"));
    await p.until(() => expect(p.text()).toContain("已新建：地区、单位、受理统计、办理统计、台账、参数、工单明细、节假日"));
    expect(p.text()).toContain("节假日表已填入 2026 年的法定节假日与调休上班日");
    await p.until(() => expect(p.text()).toContain("已找到 6 张输入表"));
  });

  it("inserts only the missing 工单明细 and 节假日 into the example and names the sheets it kept", async () => {
    pane = await renderPane(exampleSheets());
    const p = pane;
    await p.click(p.button("插入模板"));
    await p.until(() => expect(p.text()).toContain("已新建：工单明细、节假日"));
    expect(p.text()).toContain("节假日表已填入 2026 年的法定节假日与调休上班日");
    expect(p.text()).toContain("已存在、未改动：地区、单位、受理统计、办理统计、台账、参数");
    expect(p.fake.workbook.sheetByName(SHEET.holidays)!.grid()).toContainEqual(["2026-10-01", "休息日", "国庆节"]);
  });

  it("shows Excel's failure and leaves the workbook as it was", async () => {
    pane = await renderPane(exampleSheets());
    const p = pane;
    const before = p.fake.workbook.snapshot();
    p.fake.failOperation(1, /Range\.values/);
    await p.click(p.button("开始计算"));
    await p.until(() => expect(p.text()).toContain("计算未完成，工作簿未改动：Excel 处理请求时出错。请保存工作簿后重试"));
    expect(p.text()).not.toContain("注入的故障");
    expect(p.fake.workbook.snapshot()).toEqual(before);
    expect(p.button("开始计算").disabled).toBe(false);
  });
});

describe("the task pane when Excel refuses", () => {
  it("says in Chinese, before writing anything, that a protected workbook must be unprotected", async () => {
    pane = await renderPane(exampleSheets(), undefined, { protectedWorkbook: true });
    const p = pane;
    const before = p.fake.workbook.snapshot();
    await p.click(p.button("开始计算"));
    await p.until(() => expect(p.text()).toContain("计算未完成，工作簿未改动：工作簿结构受保护"));
    expect(p.text()).toContain("撤销工作簿保护");
    expect(p.fake.workbook.snapshot()).toEqual(before);
  });

  it("maps an Excel error code to a Chinese text that says what to do, without Excel's English message", async () => {
    pane = await renderPane(exampleSheets(), undefined, {
      before: (fake) => {
        // The first read fails as in a workbook shared read-only.
        const original = fake.beforeOperation.bind(fake);
        let failed = false;
        fake.beforeOperation = (label: string) => {
          if (!failed && label === "WorksheetCollection.load") {
            failed = true;
            throw Object.assign(new Error("Access denied. You do not have permission to perform this action."), { code: "AccessDenied" });
          }
          original(label);
        };
      },
      ready: /操作未完成/,
    });
    expect(pane.text()).toContain("操作未完成：工作簿或工作表受保护，或您只有查看权限");
    expect(pane.text()).not.toMatch(/Access denied|at |Error/);
  });

  it("shows a Chinese text, never a stack or a library's English, for a workbook it cannot read", async () => {
    pane = await renderPane(exampleSheets(), undefined, {
      before: (fake) => {
        const original = fake.beforeOperation.bind(fake);
        let failed = false;
        fake.beforeOperation = (label: string) => {
          if (!failed && label === "Range.load") {
            failed = true;
            throw new TypeError("Cannot read properties of undefined (reading 'values')");
          }
          original(label);
        };
      },
      ready: /操作未完成/,
    });
    expect(pane.text()).toContain("操作未完成：加载项内部出错，未能完成操作");
    expect(pane.text()).not.toMatch(/Cannot read|TypeError|undefined/);
  });
});

describe("the parameters panel", () => {
  const input = (p: RenderedPane, label: string) => {
    const field = [...p.container.querySelectorAll("label")].find((l) => l.textContent?.startsWith(label))!;
    return document.getElementById(field.htmlFor) as HTMLInputElement | HTMLSelectElement;
  };
  const type = async (el: HTMLInputElement, value: string) =>
    act(async () => {
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
      setter.call(el, value);
      el.dispatchEvent(new Event("input", { bubbles: true }));
    });

  it("refuses an invalid value with what is expected, then saves a valid one into 参数", async () => {
    pane = await renderPane(exampleSheets());
    const p = pane;
    const cap = input(p, "接通率扣分上限") as HTMLInputElement;
    expect(cap.value).toBe("15");
    await type(cap, "25");
    expect(p.text()).toContain("应为0到20之间的数");
    expect(p.button("保存到参数表").disabled).toBe(true);
    await type(cap, "20");
    expect(p.button("保存到参数表").disabled).toBe(false);
    await p.click(p.button("保存到参数表"));
    await p.until(() => expect(p.text()).toContain("已保存 1 处修改"));
    const sheet = p.fake.workbook.sheetByName(SHEET.params)!;
    expect(sheet.grid().find((r) => r[0] === "接通率扣分上限")![1]).toBe("20");
  });

  it("warns when the two weights do not add up to 1", async () => {
    pane = await renderPane(exampleSheets());
    const p = pane;
    await type(input(p, "管理机构权重") as HTMLInputElement, "0.5");
    expect(p.text()).toContain("管理机构权重与承办单位权重之和须为1");
    expect(p.button("保存到参数表").disabled).toBe(true);
  });
});
