import { wallSeconds } from "../../../src/engine/calendar/wall-clock";
import { a1, type Problem } from "../../../src/workbook/problem";
import { parseHolidays } from "../../../src/workbook/tickets/parse-holidays";
import { parseTickets } from "../../../src/workbook/tickets/parse-tickets";

const at = (p: Problem) => `${p.sheet}!${a1(p.row, p.col)}`;
const dayNo = (y: number, m: number, d: number) => wallSeconds(y, m, d) / 86400;

describe("the 节假日 sheet", () => {
  it("reads rest and working days with their notes", () => {
    const h = parseHolidays([
      ["说明", "日期", "类型"],
      ["地方假日", "2026-03-09", "休息日"],
      [null, new Date(Date.UTC(2026, 2, 14)), "工作日"],
    ]);
    expect(h.problems).toEqual([]);
    expect(h.overrides).toEqual([
      { day: dayNo(2026, 3, 9), working: false, note: "地方假日" },
      { day: dayNo(2026, 3, 14), working: true, note: "" },
    ]);
  });

  it("reports a bad date, a bad type and a repeated date at their cells", () => {
    const h = parseHolidays([
      ["日期", "类型"],
      ["三月九日", "休息日"],
      ["2026-03-09", "放半天"],
      ["2026-03-10", "休息日"],
      ["2026/3/10", "工作日"],
    ]);
    expect(h.problems.map((p) => [at(p), p.message])).toEqual([
      ["节假日!A2", "日期「三月九日」无法识别，应为日期单元格或「2026-10-01」格式的文本"],
      ["节假日!B3", "类型「放半天」无效，应为休息日或工作日"],
      ["节假日!A5", "日期2026-03-10与第4行重复，每个日期只能填写一行"],
    ]);
    expect(h.overrides).toEqual([{ day: dayNo(2026, 3, 10), working: false, note: "" }]);
  });

  it("reports a missing 类型 column at the header row", () => {
    const h = parseHolidays([["日期"], ["2026-03-09"]]);
    expect(h.problems.map(at)).toEqual(["节假日!B1"]);
  });

  it("changes the working-day limit of the tickets", () => {
    const grid = [
      ["工单编号", "承办单位", "派单时间"],
      ["A", "X", "2026-03-06 10:00"],
    ];
    const plain = parseTickets({ 工单明细: grid });
    const withLocal = parseTickets({ 工单明细: grid, 节假日: [["日期", "类型"], ["2026-03-09", "休息日"]] });
    expect(plain.calendar.isWorkingDay(dayNo(2026, 3, 9))).toBe(true);
    expect(withLocal.calendar.isWorkingDay(dayNo(2026, 3, 9))).toBe(false);
  });
});
