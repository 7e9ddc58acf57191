import { wallSeconds } from "../../../src/engine/calendar/wall-clock";
import { a1, type Problem } from "../../../src/workbook/problem";
import { parseTickets } from "../../../src/workbook/tickets/parse-tickets";
import { TICKET_COLUMN_NAMES, type TicketColumn } from "../../../src/workbook/tickets/ticket-sheets";
import { ticket, ticketSheets, UNIT } from "./ticket-fixtures";

const at = (p: Problem) => `${p.sheet}!${a1(p.row, p.col)}`;
const colOf = (h: TicketColumn) => TICKET_COLUMN_NAMES.indexOf(h);
const cell = (row: number, h: TicketColumn) => `工单明细!${a1(row, colOf(h))}`;
const errors = (ps: Problem[]) => ps.filter((p) => p.severity === "error");

describe("parseTickets", () => {
  it("returns nothing and no problem when the workbook has no 工单明细 sheet", () => {
    const t = parseTickets({});
    expect(t.present).toBe(false);
    expect(t.rows).toEqual([]);
    expect(t.problems).toEqual([]);
  });

  it("finds columns by the platform's aliases and trims headers", () => {
    const grid = [
      ["工单号", " 责任单位\u3000", "交办时间", "答复时间"],
      ["A-1", UNIT, "2026-03-05 09:00", "2026-03-06 10:00"],
    ];
    const t = parseTickets({ 工单明细: grid });
    expect(t.columns).toEqual({ 工单编号: 0, 承办单位: 1, 派单时间: 2, 办结时间: 3 });
    expect(t.rows[0]).toMatchObject({ id: "A-1", unit: UNIT, completed: wallSeconds(2026, 3, 6, 10) });
  });

  it("trims a Unicode space standing at one edge of a header or cell only", () => {
    const grid = [
      ["\u2003工单号", "承办单位", "派单时间\u205f"],
      ["A-1\u2003", UNIT, "2026-03-05 09:00"],
    ];
    const t = parseTickets({ 工单明细: grid });
    expect(t.columns).toEqual({ 工单编号: 0, 承办单位: 1, 派单时间: 2 });
    expect(t.rows[0]).toMatchObject({ id: "A-1", unit: UNIT, dispatched: wallSeconds(2026, 3, 5, 9) });
  });

  it("reads a date-time 工单编号 cell as its full timestamp text (two times of one day differ)", () => {
    const grid = [
      ["工单编号", "承办单位", "派单时间"],
      [new Date(Date.UTC(2026, 2, 5, 9)), UNIT, "2026-03-05 09:00"],
      [new Date(Date.UTC(2026, 2, 5, 10)), UNIT, "2026-03-05 10:00"],
    ];
    const t = parseTickets({ 工单明细: grid });
    expect(t.rows.map((r) => r.id)).toEqual(["2026-03-05T09:00:00.000Z", "2026-03-05T10:00:00.000Z"]);
  });

  it("reports each missing required column at the header row", () => {
    const t = parseTickets({ 工单明细: [["工单编号", "签收时间"], ["A", "2026-03-05 10:00"]] });
    expect(errors(t.problems).map((p) => [at(p), p.message])).toEqual([
      ["工单明细!C1", "缺少必需的列「承办单位」（也可用「办理单位」「责任单位」）"],
      ["工单明细!C1", "缺少必需的列「派单时间」（也可用「转派时间」「交办时间」）"],
    ]);
    expect(t.rows).toEqual([]);
  });

  it("lists the months that some 派单时间 falls in", () => {
    const t = parseTickets(
      ticketSheets([
        ticket({ 派单时间: "2026-04-01 00:00", 生成时间: "2026-03-31 23:00", 签收时间: null }),
        ticket(),
        ticket({ 派单时间: 46086.5, 签收时间: null }),
      ]),
    );
    expect(t.coveredMonths).toEqual(["2026-03", "2026-04"]);
  });

  it("warns which counts are not derived when their columns are absent, naming the columns", () => {
    const headers: TicketColumn[] = ["工单编号", "承办单位", "派单时间", "签收时间", "签收方式", "紧急程度"];
    const t = parseTickets(ticketSheets([ticket()], headers));
    expect(t.notDerived.及时签收工单量).toBeUndefined();
    expect(t.notDerived.工单退回总量).toEqual(["退单时间"]);
    expect(t.notDerived.满意工单量).toEqual(["办结时间", "群体性事件", "诉求类型", "回访结果", "二次回访结果", "不合理诉求"]);
    const warnings = t.problems.filter((p) => p.severity === "warning").map((p) => p.message);
    expect(warnings).toContain("工单明细没有「受理机构」列，工单办理总量、及时派发工单量不从工单推算，应在统计表中填写");
    expect(warnings).toContain(
      "工单明细没有「退单时间」列，工单退回总量、及时退回工单量、办理工单总量、红牌警告工单量不从工单推算，应在统计表中填写",
    );
    expect(warnings).toHaveLength(13);
  });

  it("derives every count when every column is present", () => {
    const t = parseTickets(ticketSheets([ticket()]));
    expect(t.notDerived).toEqual({});
    expect(t.problems).toEqual([]);
  });

  it("reports an unparseable time at its cell and leaves the row out", () => {
    const t = parseTickets(ticketSheets([ticket(), ticket({ 签收时间: "3月5日上午" })]));
    expect(errors(t.problems).map((p) => [at(p), p.message])).toEqual([
      [cell(2, "签收时间"), "签收时间「3月5日上午」无法识别，应为日期时间单元格或「2026-03-05 14:30」「2026年3月5日 14时30分」格式的文本"],
    ]);
    expect(t.rows.map((r) => r.row)).toEqual([1]);
  });

  it("reports 签收 before 派单 at the 签收时间 cell, naming both times", () => {
    const t = parseTickets(ticketSheets([ticket({ 签收时间: "2026-03-05 08:59" })]));
    expect(errors(t.problems).map((p) => [at(p), p.message])).toEqual([
      [cell(1, "签收时间"), "签收时间2026-03-05 08:59早于派单时间2026-03-05 09:00"],
    ]);
  });

  it("reports 派单 before 生成, and 退单 or 办结 before 派单, at their cells", () => {
    const t = parseTickets(
      ticketSheets([
        ticket({ 生成时间: "2026-03-05 10:00" }),
        ticket({ 签收时间: null, 退单时间: "2026-03-04 10:00" }),
        ticket({ 办结时间: "2026-03-01 10:00" }),
      ]),
    );
    expect(errors(t.problems).map(at)).toEqual([cell(1, "派单时间"), cell(2, "退单时间"), cell(3, "办结时间")]);
  });

  it("reports 延期次数 above 2 and other bad choices at their cells", () => {
    const t = parseTickets(
      ticketSheets([ticket({ 延期次数: 3 }), ticket({ 紧急程度: "特急" }), ticket({ 回访结果: "很好" })]),
    );
    expect(errors(t.problems).map((p) => [at(p), p.message])).toEqual([
      [cell(1, "延期次数"), "延期次数「3」无效，应为0、1或2（延期不多于两次）"],
      [cell(2, "紧急程度"), "紧急程度「特急」无效，应为一般、紧急之一"],
      [cell(3, "回访结果"), "回访结果「很好」无效，应为满意、基本满意、不满意、未回复之一"],
    ]);
  });

  it("reports blank required cells and blank 受理机构 / 生成时间 when bodies are derived", () => {
    const t = parseTickets(
      ticketSheets([ticket({ 工单编号: null, 承办单位: " " }), ticket({ 派单时间: null }), ticket({ 受理机构: null, 生成时间: null })]),
    );
    expect(errors(t.problems).map((p) => [at(p), p.message])).toEqual([
      [cell(1, "工单编号"), "工单编号为空，应填写"],
      [cell(1, "承办单位"), "承办单位为空，应填写"],
      [cell(2, "派单时间"), "派单时间为空，应填写"],
      [cell(3, "受理机构"), "受理机构为空，应填写（用于推算受理统计）"],
      [cell(3, "生成时间"), "生成时间为空，应填写（用于推算受理统计）"],
    ]);
    expect(t.rows).toEqual([]);
  });

  it("reports a completed row without 办理时限, and an extended one without 延期时限", () => {
    const t = parseTickets(
      ticketSheets([
        ticket({ 办结时间: "2026-03-06 10:00", 办理时限: null }),
        ticket({ 办结时间: "2026-03-06 10:00", 延期次数: 1 }),
      ]),
    );
    expect(errors(t.problems).map(at)).toEqual([cell(1, "办理时限"), cell(2, "延期时限")]);
  });

  it("reads 是否紧急 / 是否自动签收 style values and leaves blank flags at their defaults", () => {
    const t = parseTickets(
      ticketSheets([
        ticket({ 紧急程度: "是", 签收方式: "是", 红牌: null, 群体性事件: true }),
        ticket({ 紧急程度: null, 签收方式: null, 延期次数: null }),
      ]),
    );
    expect(t.problems).toEqual([]);
    expect(t.rows[0]).toMatchObject({ urgent: true, autoSigned: true, redCard: false, groupEvent: true });
    expect(t.rows[1]).toMatchObject({ urgent: false, autoSigned: false, extensions: 0 });
  });

  it("skips blank rows silently", () => {
    const sheets = ticketSheets([ticket()]);
    sheets.工单明细.push([null, "  ", undefined]);
    const t = parseTickets(sheets);
    expect(t.rows).toHaveLength(1);
    expect(t.problems).toEqual([]);
  });

  it("warns once per year that has no calendar data, naming the year and citing the first cell", () => {
    const t = parseTickets(
      ticketSheets([
        ticket({ 生成时间: "2035-03-05 08:00", 派单时间: "2035-03-05 09:00", 签收时间: "2035-03-05 10:00" }),
        ticket({ 生成时间: "2035-03-06 08:00", 派单时间: "2035-03-06 09:00", 签收时间: "2035-03-06 10:00" }),
      ]),
    );
    expect(t.problems.map((p) => [p.severity, at(p), p.message])).toEqual([
      [
        "warning",
        cell(1, "派单时间"),
        "没有2035年的节假日数据，该年按周一至周五为工作日计算；如有法定节假日或调休，请在「节假日」表中补充",
      ],
    ]);
  });

  it("does not warn about a year that the 节假日 sheet fills in", () => {
    const 节假日 = [["日期", "类型", "说明"], ["2035-01-01", "休息日", "元旦"]];
    const t = parseTickets(
      ticketSheets([ticket({ 生成时间: "2035-03-05 08:00", 派单时间: "2035-03-05 09:00", 签收时间: "2035-03-05 10:00" })], undefined, { 节假日 }),
    );
    expect(t.problems).toEqual([]);
    expect(t.calendarOverrides).toEqual([{ day: wallSeconds(2035, 1, 1) / 86400, working: false, note: "元旦" }]);
  });
});
