import { headerColumn, yearOfMonthCell, yearOfTimeCell } from "../../../src/hosts/office/template-years";

describe("the year of a month or time cell", () => {
  it("reads 月份 as text in its usual spellings and as a date serial", () => {
    expect(yearOfMonthCell("2026-03")).toBe(2026);
    expect(yearOfMonthCell("2025年12月")).toBe(2025);
    expect(yearOfMonthCell(46082)).toBe(2026); // 2026-03-01
  });

  it("gives no year for a blank or a text that is not a month", () => {
    expect(yearOfMonthCell("")).toBeNull();
    expect(yearOfMonthCell(null)).toBeNull();
    expect(yearOfMonthCell("三月")).toBeNull();
  });

  it("reads 派单时间 as text or a date-time serial, on the wall clock", () => {
    expect(yearOfTimeCell("2025-12-31 23:59")).toBe(2025);
    expect(yearOfTimeCell(46022.99)).toBe(2025); // 2025-12-31 23:45:36
    expect(yearOfTimeCell(46023)).toBe(2026); // 2026-01-01 00:00
    expect(yearOfTimeCell("")).toBeNull();
    expect(yearOfTimeCell("昨天")).toBeNull();
  });
});

describe("finding the month column", () => {
  it("prefers the header itself over an alias, and the leftmost alias otherwise", () => {
    expect(headerColumn(["转派时间", "派单时间"], "派单时间", ["转派时间"])).toBe(1);
    expect(headerColumn(["工单号", "交办时间", "转派时间"], "派单时间", ["转派时间", "交办时间"])).toBe(1);
    expect(headerColumn(["单位"], "月份", [])).toBe(-1);
  });
});
