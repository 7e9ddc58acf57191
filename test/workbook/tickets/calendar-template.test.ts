import { calendarTemplateRows, ticketYears } from "../../../src/workbook/tickets/calendar-template";
import { parseHolidays } from "../../../src/workbook/tickets/parse-holidays";
import { parseTickets } from "../../../src/workbook/tickets/parse-tickets";
import { HOLIDAY_SHEET_SPEC, TICKET_SHEET_SPEC } from "../../../src/workbook/tickets/ticket-sheets";
import { goldenSheets } from "./golden-fixture";

describe("「插入模板」 for 节假日", () => {
  it("writes the 2026 holidays and make-up days in date order with their names", () => {
    const rows = calendarTemplateRows([2026]);
    expect(rows[0]).toEqual(["2026-01-01", "休息日", "元旦"]);
    expect(rows).toContainEqual(["2026-02-14", "工作日", "春节调休上班"]);
    expect(rows).toContainEqual(["2026-10-07", "休息日", "国庆节"]);
    expect(rows.some((r) => r[0] === "2026-10-08")).toBe(false);
    expect(rows.map((r) => r[0])).toEqual([...rows.map((r) => r[0])].sort());
    expect(rows.filter((r) => r[1] === "工作日")).toHaveLength(6);
  });

  it("writes nothing for a year without built-in data and each year once", () => {
    expect(calendarTemplateRows([2099])).toEqual([]);
    expect(calendarTemplateRows([2026, 2025, 2026]).length).toBe(
      calendarTemplateRows([2025]).length + calendarTemplateRows([2026]).length,
    );
    expect(calendarTemplateRows([2026, 2025])[0][0]).toBe("2025-01-01");
  });

  it("writes rows that the 节假日 parser reads back without a problem", () => {
    const grid = [HOLIDAY_SHEET_SPEC.columns.map((c) => c.header), ...calendarTemplateRows([2025, 2026])];
    const back = parseHolidays(grid);
    expect(back.problems).toEqual([]);
    expect(back.overrides).toHaveLength(grid.length - 1);
  });

  it("offers the years of the export's 派单时间", () => {
    expect(ticketYears(parseTickets(goldenSheets()))).toEqual([2026]);
  });
});

describe("ticket sheet specs", () => {
  it("require only 工单编号, 承办单位 and 派单时间", () => {
    expect(TICKET_SHEET_SPEC.name).toBe("工单明细");
    expect(TICKET_SHEET_SPEC.columns.filter((c) => c.required).map((c) => c.header)).toEqual(["工单编号", "承办单位", "派单时间"]);
  });

  it("name every header once across headers and aliases", () => {
    const names = TICKET_SHEET_SPEC.columns.flatMap((c) => [c.header, ...("aliases" in c ? (c.aliases as string[]) : [])]);
    expect(new Set(names).size).toBe(names.length);
  });
});
