import { exampleSheets } from "../../../src/example/example-workbook";
import { createFakeExcel, fakeExcelEnv } from "../../../src/hosts/fake";
import { isDateFormat, serialToDate } from "../../../src/hosts/office/date-cells";
import { createOfficeHost } from "../../../src/hosts/office";
import { readSheets } from "../../../src/hosts/office/read-sheets";
import { SHEET } from "../../../src/workbook/sheets";

/** The score sheets the pane wrote (their cells are what the scores are). */
const scoredSheets = (fake: ReturnType<typeof createFakeExcel>) =>
  ["2026-03 管理机构得分", "2026-03 承办单位得分", "2026-03 地区综合"].map((name) => fake.workbook.sheetByName(name)!.grid());

const NOW = new Date("2026-04-02T01:30:00Z");
const read = (fake: ReturnType<typeof createFakeExcel>, names: string[]) =>
  readSheets(fakeExcelEnv(fake), names, { budget: 1_000_000, mergedAreas: fake.supports("1.13") });

describe("date cells from Office", () => {
  it("reads a date-formatted number as a Date with the wall clock in its UTC fields, a bare number as a number", async () => {
    const when = new Date(Date.UTC(2026, 2, 5, 14, 30));
    const fake = createFakeExcel({ S: [["时间", "数"], [when, 45992]] });
    const { grids } = await read(fake, ["S"]);
    expect(grids.S[1][0]).toBeInstanceOf(Date);
    expect((grids.S[1][0] as Date).toISOString()).toBe("2026-03-05T14:30:00.000Z");
    expect(grids.S[1][1]).toBe(45992);
  });

  it("reads dates of a 1904-system workbook (Excel for Mac) as the same dates, not four years earlier", async () => {
    const month = new Date(Date.UTC(2026, 2, 1));
    const fake = createFakeExcel({ S: [["月份"], [month]] }, { date1904: true });
    // The fake stores what Excel stores: the serial counted from 1904-01-01.
    expect(fake.workbook.sheetByName("S")!.cell(1, 0).value).toBe(44620);
    const { grids } = await read(fake, ["S"]);
    expect((grids.S[1][0] as Date).toISOString()).toBe("2026-03-01T00:00:00.000Z");
    // Read as 1900-system serial, the same cell would be 2022-02-28.
    expect(serialToDate(44620, false).toISOString().slice(0, 10)).toBe("2022-02-28");
  });

  it("scores a 1904-system workbook whose 月份 cells are dates exactly as the text months", async () => {
    const text = exampleSheets();
    const dated = structuredClone(exampleSheets()); // exampleSheets() shares rows between calls
    for (const name of [SHEET.bodyStats, SHEET.unitStats, SHEET.ledger]) {
      for (const row of dated[name].slice(1)) {
        const [y, m] = String(row[0]).split("-").map(Number);
        row[0] = new Date(Date.UTC(y, m - 1, 1));
      }
    }
    const run = async (fake: ReturnType<typeof createFakeExcel>) => {
      const report = await createOfficeHost(fakeExcelEnv(fake), { now: () => NOW }).compute("2026-03");
      expect(report.ok).toBe(true);
      return scoredSheets(fake);
    };
    const expected = await run(createFakeExcel(text));
    expect(await run(createFakeExcel(dated, { date1904: true }))).toEqual(expected);
    expect(await run(createFakeExcel(dated))).toEqual(expected);
  });

  it.each([
    ["yyyy-mm", true],
    ["yyyy/m/d", true],
    ["yyyy-mm-dd hh:mm", true],
    ['yyyy"年"m"月"', true],
    ["[$-804]yyyy年m月", true],
    ["[h]:mm", true],
    ["General", false],
    ["@", false],
    ["0.00", false],
    ['0"分"', false],
    ["[红色]0.00", false],
    ["0.00E+00", false],
  ])("tells whether the number format %j shows a date (%s)", (format, date) => {
    expect(isDateFormat(format)).toBe(date);
  });
});

describe("merged areas in input sheets", () => {
  const grids = () => ({ 地区: [["地区", "上级地区", "排名分组"], ["长春市", null, "市州"], ["吉林市", null, null], ["四平市", null, null]] });

  it("in the fake, as in Excel, only the top-left cell of a merged area holds the value", async () => {
    const fake = createFakeExcel({ 地区: [["地区", "上级地区", "排名分组"], ["长春市", null, "市州"], ["吉林市", null, "市州"]] }, { merged: { 地区: ["C2:C3"] } });
    const values = await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("地区").getRange("C2:C3").load("values");
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([["市州"], [""]]);
  });

  it("gives every cell of a merged area the top-left value (ExcelApi 1.13)", async () => {
    const fake = createFakeExcel(grids(), { merged: { 地区: ["C2:C4"] }, apiVersion: "1.13" });
    const { grids: read13 } = await read(fake, ["地区"]);
    expect(read13.地区.map((r) => r[2])).toEqual(["排名分组", "市州", "市州", "市州"]);
  });

  it("without ExcelApi 1.13 reads the area as Excel returns it (blank below the top-left cell)", async () => {
    const fake = createFakeExcel(grids(), { merged: { 地区: ["C2:C4"] }, apiVersion: "1.12" });
    const { grids: read12 } = await read(fake, ["地区"]);
    expect(read12.地区.map((r) => r[2])).toEqual(["排名分组", "市州", null, null]);
  });

  it("scores a workbook whose equal 排名分组 cells are merged exactly as the unmerged one", async () => {
    const plain = exampleSheets();
    const regions = plain[SHEET.regions];
    // The longest run of equal 排名分组 values below the header, merged into one area.
    let best = { start: 1, end: 1 };
    for (let i = 1; i < regions.length; ) {
      let j = i;
      while (j + 1 < regions.length && regions[j + 1][2] === regions[i][2] && regions[i][2] !== null) j++;
      if (j - i > best.end - best.start) best = { start: i, end: j };
      i = j + 1;
    }
    expect(best.end - best.start).toBeGreaterThan(2);
    const address = `C${best.start + 1}:C${best.end + 1}`;
    const run = async (fake: ReturnType<typeof createFakeExcel>) => {
      expect((await createOfficeHost(fakeExcelEnv(fake), { now: () => NOW }).compute("2026-03")).ok).toBe(true);
      return scoredSheets(fake);
    };
    const expected = await run(createFakeExcel(plain, { apiVersion: "1.13" }));
    expect(await run(createFakeExcel(exampleSheets(), { apiVersion: "1.13", merged: { [SHEET.regions]: [address] } }))).toEqual(expected);
    // Control: read as Excel returns merged cells (blank below the top-left), the scores differ.
    expect(await run(createFakeExcel(exampleSheets(), { apiVersion: "1.12", merged: { [SHEET.regions]: [address] } }))).not.toEqual(expected);
  });
});

describe("input sheet names", () => {
  it("reads a sheet whose name has a trailing space as the input sheet of that name", async () => {
    const fake = createFakeExcel({ [`${SHEET.unitStats} `]: [["月份", "单位"], ["2026-03", "某局"]] });
    const { grids } = await read(fake, [SHEET.unitStats]);
    expect(grids[SHEET.unitStats]).toEqual([["月份", "单位"], ["2026-03", "某局"]]);
  });
});
