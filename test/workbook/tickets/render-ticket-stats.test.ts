import { TOOL_MARK } from "../../../src/workbook/output-table";
import { deriveStatistics } from "../../../src/workbook/tickets/derive-statistics";
import { parseTickets } from "../../../src/workbook/tickets/parse-tickets";
import { renderTicketStatsTable } from "../../../src/workbook/tickets/render-ticket-stats";
import { goldenSheets } from "./golden-fixture";
import { BODY, SUBJECTS, ticket, ticketSheets, UNIT, UNIT2 } from "./ticket-fixtures";

describe("the YYYY-MM 工单统计 sheet", () => {
  const derived = deriveStatistics(parseTickets(goldenSheets()), SUBJECTS);
  const table = renderTicketStatsTable("2026-03", derived);
  const column = (header: string) => table.columns.findIndex((c) => c.header === header);

  it("is named after the month and titled with the tool's mark", () => {
    expect(table.name).toBe("2026-03 工单统计");
    expect(table.title.startsWith(TOOL_MARK)).toBe(true);
  });

  it("has 类别, 单位 and every derived count as integer columns", () => {
    expect(table.columns.map((c) => c.header)).toEqual([
      "类别",
      "单位",
      "工单办理总量",
      "及时派发工单量",
      "转派工单总量",
      "及时签收工单量",
      "工单退回总量",
      "及时退回工单量",
      "办结工单总量",
      "按时办结工单量",
      "延期办结工单量",
      "办理工单总量",
      "红牌警告工单量",
      "满意度参评工单量",
      "满意工单量",
    ]);
    expect(table.columns.slice(2).every((c) => c.kind === "integer")).toBe(true);
  });

  it("lists the body with its counts and the units with theirs, blank where a count does not apply", () => {
    expect(table.rows.map((r) => r.slice(0, 2))).toEqual([
      ["管理机构", BODY],
      ["承办单位", UNIT],
      ["承办单位", UNIT2],
    ]);
    expect(table.rows[0][column("工单办理总量")]).toBe(9);
    expect(table.rows[0][column("转派工单总量")]).toBeNull();
    expect(table.rows[1][column("工单办理总量")]).toBeNull();
    expect(table.rows[1][column("延期办结工单量")]).toBe(2);
    expect(table.rows[2][column("满意工单量")]).toBe(1);
  });

  it("leaves a count blank when it is not derived", () => {
    const partial = deriveStatistics(
      parseTickets(ticketSheets([ticket()], ["工单编号", "承办单位", "派单时间", "退单时间"])),
      SUBJECTS,
    );
    const t = renderTicketStatsTable("2026-03", partial);
    expect(t.rows).toEqual([["承办单位", UNIT, null, null, 1, null, 0, null, null, null, null, 1, null, null, null]]);
  });
});
