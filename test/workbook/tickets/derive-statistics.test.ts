import { a1, type Problem } from "../../../src/workbook/problem";
import { deriveStatistics } from "../../../src/workbook/tickets/derive-statistics";
import { parseTickets } from "../../../src/workbook/tickets/parse-tickets";
import { TICKET_COLUMN_NAMES, type TicketColumn } from "../../../src/workbook/tickets/ticket-sheets";
import { BODY, SUBJECTS, ticket, ticketSheets, UNIT, UNIT2, type TicketInput } from "./ticket-fixtures";

function derive(rows: TicketInput[], headers?: readonly TicketColumn[], extra = {}) {
  const tickets = parseTickets(ticketSheets(rows, headers, extra));
  expect(tickets.problems.filter((p) => p.severity === "error")).toEqual([]);
  return deriveStatistics(tickets, SUBJECTS);
}
const unitCounts = (rows: TicketInput[], month = "2026-03", unit = UNIT) =>
  derive(rows).units.find((u) => u.month === month && u.subject === unit)?.counts;
const bodyCounts = (rows: TicketInput[], month = "2026-03") =>
  derive(rows).bodies.find((b) => b.month === month && b.subject === BODY)?.counts;
const at = (p: Problem) => `${p.sheet}!${a1(p.row, p.col)}`;
const cell = (row: number, h: TicketColumn) => `工单明细!${a1(row, TICKET_COLUMN_NAMES.indexOf(h))}`;

describe("及时派发 (body, by 生成时间)", () => {
  it("counts a general ticket dispatched exactly 12 h after creation as timely, one minute later as late", () => {
    const c = bodyCounts([
      ticket({ 生成时间: "2026-03-05 08:00", 派单时间: "2026-03-05 20:00", 签收时间: null }),
      ticket({ 生成时间: "2026-03-05 08:00", 派单时间: "2026-03-05 20:01", 签收时间: null }),
    ]);
    expect(c).toMatchObject({ 工单办理总量: 2, 及时派发工单量: 1, 诉求总量: null, 及时受理诉求量: null });
  });

  it("counts an urgent ticket dispatched exactly 2 h after creation as timely, one second later as late", () => {
    const c = bodyCounts([
      ticket({ 紧急程度: "紧急", 生成时间: "2026-03-05 08:00", 派单时间: "2026-03-05 10:00", 签收时间: null }),
      ticket({ 紧急程度: "紧急", 生成时间: "2026-03-05 08:00", 派单时间: "2026-03-05 10:00:01", 签收时间: null }),
    ]);
    expect(c).toMatchObject({ 工单办理总量: 2, 及时派发工单量: 1 });
  });

  it("counts a re-dispatched ticket once, timed by its first dispatch", () => {
    const first = { 工单编号: "R1", 生成时间: "2026-03-05 08:00", 签收时间: null };
    const c = bodyCounts([
      ticket({ ...first, 承办单位: UNIT2, 派单时间: "2026-03-07 08:00" }),
      ticket({ ...first, 派单时间: "2026-03-05 09:00" }),
    ]);
    expect(c).toMatchObject({ 工单办理总量: 1, 及时派发工单量: 1 });
  });

  it("places a ticket in the month it was created, not dispatched", () => {
    const d = derive([
      ticket({ 生成时间: "2026-02-28 23:00", 派单时间: "2026-03-01 01:00", 签收时间: null }),
      ticket({ 生成时间: "2026-02-10 08:00", 派单时间: "2026-02-10 09:00", 签收时间: null }),
    ]);
    expect(d.bodies.map((b) => [b.month, b.counts.工单办理总量])).toEqual([["2026-02", 2]]);
  });

  it("warns when rows of one ticket disagree on 生成时间, citing the later row", () => {
    const d = derive([
      ticket({ 工单编号: "R2", 派单时间: "2026-03-05 09:00" }),
      ticket({ 工单编号: "R2", 生成时间: "2026-03-05 08:30", 派单时间: "2026-03-06 09:00", 签收时间: null }),
    ]);
    expect(d.problems.map((p) => [p.severity, at(p), p.message])).toEqual([
      [
        "warning",
        cell(2, "生成时间"),
        "工单「R2」的生成时间为2026-03-05 08:30，与第2行的2026-03-05 08:00不一致；按第2行（最早派单）计算",
      ],
    ]);
  });
});

describe("及时签收 (unit, by 派单时间, 1 个工作日 / urgent 2 h)", () => {
  it("is timely at 16:00 on the make-up Saturday 2026-02-14 for a Friday 16:00 dispatch, late a second after", () => {
    const base = { 生成时间: "2026-02-13 15:00", 派单时间: "2026-02-13 16:00" };
    const c = unitCounts(
      [ticket({ ...base, 签收时间: "2026-02-14 16:00" }), ticket({ ...base, 签收时间: "2026-02-14 16:00:01" })],
      "2026-02",
    );
    expect(c).toMatchObject({ 转派工单总量: 2, 及时签收工单量: 1 });
  });

  it("gives a dispatch inside the Spring Festival holiday until 2026-02-24 24:00", () => {
    const base = { 生成时间: "2026-02-17 09:00", 派单时间: "2026-02-17 10:00" };
    const c = unitCounts(
      [ticket({ ...base, 签收时间: "2026-02-24 23:59:59" }), ticket({ ...base, 签收时间: "2026-02-25 00:00:01" })],
      "2026-02",
    );
    expect(c).toMatchObject({ 转派工单总量: 2, 及时签收工单量: 1 });
  });

  it("gives a dispatch at 2026-09-30 15:00 until 2026-10-08 15:00", () => {
    const base = { 生成时间: "2026-09-30 14:00", 派单时间: "2026-09-30 15:00" };
    const c = unitCounts(
      [ticket({ ...base, 签收时间: "2026-10-08 15:00" }), ticket({ ...base, 签收时间: "2026-10-08 15:01" })],
      "2026-09",
    );
    expect(c).toMatchObject({ 转派工单总量: 2, 及时签收工单量: 1 });
  });

  it("gives an urgent dispatch 2 clock hours", () => {
    const base = { 紧急程度: "紧急", 派单时间: "2026-03-05 09:00" };
    const c = unitCounts([ticket({ ...base, 签收时间: "2026-03-05 11:00" }), ticket({ ...base, 签收时间: "2026-03-05 11:01" })]);
    expect(c).toMatchObject({ 转派工单总量: 2, 及时签收工单量: 1 });
  });

  it("counts an automatic sign-on-timeout as late even at the limit", () => {
    const c = unitCounts([ticket({ 签收方式: "自动", 签收时间: "2026-03-06 09:00" })]);
    expect(c).toMatchObject({ 转派工单总量: 1, 及时签收工单量: 0 });
  });

  it("counts a dispatch never signed as not timely", () => {
    expect(unitCounts([ticket({ 签收时间: null })])).toMatchObject({ 转派工单总量: 1, 及时签收工单量: 0 });
  });

  it("uses the 节假日 sheet's overrides", () => {
    const rows = [ticket({ 派单时间: "2026-03-06 10:00", 签收时间: "2026-03-10 09:00" })];
    const local = { 节假日: [["日期", "类型"], ["2026-03-09", "休息日"]] };
    expect(derive(rows).units[0].counts.及时签收工单量).toBe(0);
    expect(derive(rows, undefined, local).units[0].counts.及时签收工单量).toBe(1);
  });
});

describe("退单 (unit, by 派单时间)", () => {
  it("counts a return within the limit as timely and one after the limit as late", () => {
    const c = unitCounts([
      ticket({ 派单时间: "2026-03-06 16:00", 签收时间: "2026-03-06 17:00", 退单时间: "2026-03-09 16:00" }),
      ticket({ 派单时间: "2026-03-06 16:00", 签收时间: "2026-03-06 17:00", 退单时间: "2026-03-09 16:05" }),
    ]);
    expect(c).toMatchObject({ 转派工单总量: 2, 工单退回总量: 2, 及时退回工单量: 1, 办理工单总量: 0 });
  });

  it("counts a return after an auto-sign as late even within the limit", () => {
    const c = unitCounts([ticket({ 签收方式: "自动", 签收时间: "2026-03-06 09:00", 退单时间: "2026-03-06 09:00" })]);
    expect(c).toMatchObject({ 工单退回总量: 1, 及时退回工单量: 0 });
  });

  it("counts red cards among the dispatches not returned only", () => {
    const c = unitCounts([ticket({ 红牌: "是" }), ticket({ 红牌: "是", 退单时间: "2026-03-05 11:00" }), ticket()]);
    expect(c).toMatchObject({ 转派工单总量: 3, 办理工单总量: 2, 红牌警告工单量: 1, 工单退回总量: 1 });
  });
});

describe("办结 (unit, by 办结时间)", () => {
  it("counts completion by 办理时限 inclusive", () => {
    const c = unitCounts([
      ticket({ 办结时间: "2026-03-12 17:00" }),
      ticket({ 办结时间: "2026-03-12 17:00:01" }),
      ticket({ 办结时间: "2026-03-12 16:00", 办理时限: "2026-03-12" }),
    ]);
    expect(c).toMatchObject({ 办结工单总量: 3, 按时办结工单量: 2 });
  });

  it("counts two extensions twice and judges an extended ticket by 延期时限", () => {
    const c = unitCounts([
      ticket({ 延期次数: 2, 延期时限: "2026-03-26 17:00", 办结时间: "2026-03-20 10:00" }),
      ticket({ 延期次数: 1, 延期时限: "2026-03-19 17:00", 办结时间: "2026-03-20 10:00" }),
      ticket({ 办结时间: "2026-03-10 10:00" }),
    ]);
    expect(c).toMatchObject({ 办结工单总量: 3, 按时办结工单量: 2, 延期办结工单量: 3 });
  });

  it("places completions in the month of 办结时间, not of 派单时间", () => {
    const d = derive([
      ticket({ 派单时间: "2026-03-30 09:00", 签收时间: null, 办理时限: "2026-04-10 17:00", 办结时间: "2026-04-02 10:00" }),
      ticket({ 派单时间: "2026-04-01 09:00", 生成时间: "2026-04-01 08:00", 签收时间: null }),
    ]);
    const march = d.units.find((u) => u.month === "2026-03")!.counts;
    const april = d.units.find((u) => u.month === "2026-04")!.counts;
    expect([march.转派工单总量, march.办结工单总量]).toEqual([1, 0]);
    expect([april.转派工单总量, april.办结工单总量]).toEqual([1, 1]);
  });

  it("leaves group events out of 办结 and of 满意度参评, but still places the unit in the month", () => {
    const d = derive([
      ticket({ 承办单位: UNIT2, 派单时间: "2026-02-20 09:00", 生成时间: "2026-02-20 08:00", 签收时间: null, 群体性事件: "是", 办结时间: "2026-03-03 10:00", 回访结果: "满意" }),
      ticket({ 群体性事件: "是", 办结时间: "2026-03-05 10:00", 回访结果: "满意" }),
      ticket({ 群体性事件: "否", 办结时间: "2026-03-06 10:00", 回访结果: "满意" }),
    ]);
    const march = (unit: string) => d.units.find((u) => u.month === "2026-03" && u.subject === unit)!.counts;
    expect(march(UNIT)).toMatchObject({ 转派工单总量: 2, 办结工单总量: 1, 满意度参评工单量: 1, 满意工单量: 1 });
    expect(march(UNIT2)).toMatchObject({ 转派工单总量: 0, 办结工单总量: 0, 满意度参评工单量: 0 });
  });

  it("rates only completed 咨询/求助/投诉 tickets for satisfaction", () => {
    const done = { 办结时间: "2026-03-06 10:00", 回访结果: "满意" };
    const c = unitCounts([
      ticket({ ...done, 诉求类型: "咨询" }),
      ticket({ ...done, 诉求类型: "求助" }),
      ticket({ ...done, 诉求类型: "建议" }),
      ticket({ ...done, 诉求类型: null }),
      ticket({ 诉求类型: "投诉" }),
    ]);
    expect(c).toMatchObject({ 办结工单总量: 4, 满意度参评工单量: 2, 满意工单量: 2 });
  });
});

describe("满意 (final callback result)", () => {
  const done = { 办结时间: "2026-03-06 10:00" };
  const satisfied = (over: TicketInput) => unitCounts([ticket({ ...done, ...over })])!.满意工单量;

  it("lets a second callback override the first", () => {
    expect(satisfied({ 回访结果: "不满意", 二次回访结果: "满意" })).toBe(1);
    expect(satisfied({ 回访结果: "满意", 二次回访结果: "不满意" })).toBe(0);
  });

  it("counts 未回复 on the second callback as satisfied, whatever the first said", () => {
    expect(satisfied({ 回访结果: "不满意", 二次回访结果: "未回复" })).toBe(1);
  });

  it("counts 基本满意, 未回复 and a blank result as satisfied", () => {
    expect(satisfied({ 回访结果: "基本满意" })).toBe(1);
    expect(satisfied({ 回访结果: "未回复" })).toBe(1);
    expect(satisfied({ 回访结果: null })).toBe(1);
  });

  it("does not count dissatisfaction with an unreasonable demand against the unit", () => {
    expect(satisfied({ 回访结果: "不满意", 不合理诉求: "是" })).toBe(1);
    expect(satisfied({ 回访结果: "不满意", 不合理诉求: "否" })).toBe(0);
  });
});

describe("subjects and missing columns", () => {
  it("reports an unknown 承办单位 and a body in the 承办单位 column at their cells", () => {
    const tickets = parseTickets(ticketSheets([ticket({ 承办单位: "不存在的局" }), ticket({ 承办单位: BODY })]));
    const d = deriveStatistics(tickets, SUBJECTS);
    expect(d.problems.map((p) => [p.severity, at(p), p.message])).toEqual([
      ["error", cell(1, "承办单位"), "承办单位「不存在的局」未在「单位」表中定义"],
      ["error", cell(2, "承办单位"), `「${BODY}」在「单位」表中是管理机构，承办单位列应填写承办单位`],
    ]);
    expect(d.units).toEqual([]);
  });

  it("reports an unknown name once, at its first cell, with the number of rows", () => {
    const tickets = parseTickets(ticketSheets([ticket(), ticket({ 承办单位: "住建局" }), ticket({ 承办单位: "住建局" })]));
    const d = deriveStatistics(tickets, SUBJECTS);
    expect(d.problems.map((p) => [at(p), p.message])).toEqual([
      [cell(2, "承办单位"), "承办单位「住建局」未在「单位」表中定义（共2行，此处为第一行）"],
    ]);
    expect(d.units.map((u) => [u.subject, u.counts.转派工单总量])).toEqual([[UNIT, 1]]);
  });

  it("reports an unknown 受理机构 and a unit in the 受理机构 column at their cells", () => {
    const tickets = parseTickets(ticketSheets([ticket({ 受理机构: "某中心" }), ticket({ 受理机构: UNIT })]));
    const d = deriveStatistics(tickets, SUBJECTS);
    expect(d.problems.map((p) => [p.severity, at(p), p.message])).toEqual([
      ["error", cell(1, "受理机构"), "受理机构「某中心」未在「单位」表中定义"],
      ["error", cell(2, "受理机构"), `「${UNIT}」在「单位」表中是承办单位，受理机构列应填写管理机构`],
    ]);
    expect(d.bodies).toEqual([]);
  });

  it("leaves counts whose columns are absent as null, and derives bodies only with 受理机构 and 生成时间", () => {
    const d = derive([ticket({ 退单时间: "2026-03-05 10:00" })], ["工单编号", "承办单位", "派单时间", "退单时间"]);
    expect(d.bodies).toEqual([]);
    expect(d.units[0].counts).toMatchObject({ 转派工单总量: 1, 工单退回总量: 1, 办理工单总量: 0, 及时退回工单量: null, 办结工单总量: null });
  });

  it("derives nothing for a month that no 派单时间 falls in", () => {
    const d = derive([ticket({ 办结时间: "2026-04-02 10:00" })]);
    expect(d.coveredMonths).toEqual(["2026-03"]);
    expect(d.units.map((u) => u.month)).toEqual(["2026-03"]);
  });

  it("orders results by month, then by the order of the 单位 sheet, and cites the first row", () => {
    const d = derive([ticket({ 承办单位: UNIT2 }), ticket({ 承办单位: UNIT }), ticket({ 承办单位: UNIT2 })]);
    expect(d.units.map((u) => [u.subject, u.cell.row])).toEqual([
      [UNIT, 2],
      [UNIT2, 1],
    ]);
  });
});
