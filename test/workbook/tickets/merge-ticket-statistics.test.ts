import { defaultParams } from "../../../src/engine/params";
import {
  BODY_COUNT_FIELDS,
  UNIT_COUNT_FIELDS,
  type BodyStats,
  type ScoringInput,
  type UnitStats,
} from "../../../src/engine/types";
import type { SheetGrids } from "../../../src/workbook/compute-types";
import { a1, type Problem } from "../../../src/workbook/problem";
import { deriveStatistics } from "../../../src/workbook/tickets/derive-statistics";
import { mergeTicketStatistics, type ReadInputParts } from "../../../src/workbook/tickets/merge-ticket-statistics";
import { parseTickets } from "../../../src/workbook/tickets/parse-tickets";
import type { TicketColumn } from "../../../src/workbook/tickets/ticket-sheets";
import { BODY, SUBJECTS, ticket, ticketSheets, UNIT, UNIT2, type TicketInput } from "./ticket-fixtures";

type Row = [string, string, ...(number | null)[]];

/** What readInput gives for these statistics rows (blank counts of covered months left null). */
function readInputOf(bodyRows: Row[], unitRows: Row[]): { read: ReadInputParts; grids: SheetGrids } {
  const headerB = ["月份", "单位", ...BODY_COUNT_FIELDS];
  const headerU = ["月份", "单位", ...UNIT_COUNT_FIELDS];
  const toStats = <F extends string>(rows: Row[], fields: readonly F[], sheet: string) =>
    rows.map((r, i) => ({
      month: r[0],
      subject: r[1],
      counts: Object.fromEntries(fields.map((f, j) => [f, r[2 + j] ?? null])) as Record<F, number | null>,
      source: { sheet, row: i + 2 },
    }));
  const input: ScoringInput = {
    regions: [{ name: "长春市", parent: null, group: "市州" }],
    subjects: SUBJECTS,
    bodyStats: toStats(bodyRows, BODY_COUNT_FIELDS, "受理统计") as BodyStats[],
    unitStats: toStats(unitRows, UNIT_COUNT_FIELDS, "办理统计") as UnitStats[],
    ledger: [],
    params: defaultParams(),
  };
  const columns = {
    受理统计: Object.fromEntries(headerB.map((h, i) => [h, i])),
    办理统计: Object.fromEntries(headerU.map((h, i) => [h, i])),
  };
  const grids = { 受理统计: [headerB, ...bodyRows], 办理统计: [headerU, ...unitRows] };
  return { read: { input, columns }, grids };
}

function merge(tickets: TicketInput[], bodyRows: Row[], unitRows: Row[], headers?: readonly TicketColumn[]) {
  const parsed = parseTickets(ticketSheets(tickets, headers));
  const derived = deriveStatistics(parsed, SUBJECTS);
  const { read, grids } = readInputOf(bodyRows, unitRows);
  return mergeTicketStatistics(read, derived, { ...grids, 工单明细: ticketSheets(tickets, headers).工单明细 });
}
const at = (p: Problem) => `${p.sheet}!${a1(p.row, p.col)}`;
const show = (ps: Problem[]) => ps.map((p) => [p.severity, at(p), p.message]);

/** The body's own row, so only the unit side is under test. */
const BODY_ROW: Row = ["2026-03", BODY, 10, 10, 3, 3];

/** Three March dispatches of UNIT: two signed in time, one returned in time. */
const MARCH = [
  ticket({ 办结时间: "2026-03-06 10:00", 回访结果: "满意" }),
  ticket({ 签收时间: "2026-03-05 11:00" }),
  ticket({ 退单时间: "2026-03-05 11:00" }),
];

describe("mergeTicketStatistics", () => {
  it("fills blank counts of a covered month from the tickets", () => {
    const r = merge(MARCH, [BODY_ROW], [["2026-03", UNIT, null, null, null, null, 1, 1, 0, 2, 0, 1, 1]]);
    expect(r.problems).toEqual([]);
    expect(r.input.unitStats[0].counts).toMatchObject({ 转派工单总量: 3, 及时签收工单量: 3, 工单退回总量: 1, 及时退回工单量: 1 });
  });

  it("keeps a filled cell and warns when it disagrees, naming both numbers and the cell", () => {
    const r = merge(MARCH, [BODY_ROW], [["2026-03", UNIT, 400, 372, 1, 1, 1, 1, 0, 2, 0, 1, 1]]);
    expect(r.input.unitStats[0].counts.转派工单总量).toBe(400);
    expect(show(r.problems)).toEqual([
      ["warning", "办理统计!C2", "转派工单总量填写为400，由工单明细推算为3；以填写值为准"],
      ["warning", "办理统计!D2", "及时签收工单量填写为372，由工单明细推算为3；以填写值为准"],
    ]);
  });

  it("scores a unit with tickets but no 办理统计 row from the derived counts", () => {
    const r = merge(MARCH, [], []);
    expect(r.input.unitStats).toHaveLength(1);
    expect(r.input.unitStats[0]).toMatchObject({ month: "2026-03", subject: UNIT, source: { sheet: "工单明细", row: 2 } });
    expect(r.input.unitStats[0].counts).toEqual({
      转派工单总量: 3,
      及时签收工单量: 3,
      工单退回总量: 1,
      及时退回工单量: 1,
      办结工单总量: 1,
      按时办结工单量: 1,
      延期办结工单量: 0,
      办理工单总量: 2,
      红牌警告工单量: 0,
      满意度参评工单量: 1,
      满意工单量: 1,
    });
  });

  it("gives a body with tickets but no 受理统计 row null call figures (接通率 无数据) and warns", () => {
    const r = merge(MARCH, [], []);
    expect(r.input.bodyStats).toEqual([
      {
        month: "2026-03",
        subject: BODY,
        counts: { 诉求总量: null, 及时受理诉求量: null, 工单办理总量: 3, 及时派发工单量: 3 },
        source: { sheet: "工单明细", row: 2 },
      },
    ]);
    expect(show(r.problems)).toEqual([
      [
        "warning",
        "工单明细!D2",
        `管理机构「${BODY}」在2026-03有工单，但受理统计中没有该月的行：诉求总量、及时受理诉求量无法从工单推算，接通率按无数据计`,
      ],
    ]);
  });

  it("reports a blank 诉求总量 in a covered month as an error: call figures are never derived", () => {
    const r = merge(MARCH, [["2026-03", BODY, null, 9300, null, null]], []);
    expect(show(r.problems)).toEqual([
      ["error", "受理统计!C2", "诉求总量为空，话务数据（诉求总量、及时受理诉求量）不在工单明细中，无法推算，应填写不小于0的整数"],
    ]);
    expect(r.input.bodyStats[0].counts).toMatchObject({ 诉求总量: null, 工单办理总量: 3 });
  });

  it("leaves rows of months the export does not cover untouched", () => {
    const feb: Row = ["2026-02", UNIT2, 10, 9, 0, 0, 5, 5, 0, 10, 0, 5, 5];
    const r = merge(MARCH, [BODY_ROW], [feb]);
    expect(r.input.unitStats.find((s) => s.month === "2026-02")).toBe(r.input.unitStats[0]);
    expect(r.input.unitStats[0].counts.转派工单总量).toBe(10);
  });

  it("derives 0 for a subject without tickets in a covered month, and warns on filled counts above 0", () => {
    const r = merge(MARCH, [BODY_ROW], [["2026-03", UNIT2, 5, null, null, null, null, null, null, null, null, null, 0]]);
    const unit2 = r.input.unitStats.find((s) => s.subject === UNIT2)!;
    expect(unit2.counts).toEqual({ ...Object.fromEntries(UNIT_COUNT_FIELDS.map((f) => [f, 0])), 转派工单总量: 5 });
    expect(show(r.problems)).toEqual([["warning", "办理统计!C2", "转派工单总量填写为5，由工单明细推算为0；以填写值为准"]]);
  });

  it("reports a blank count that the export cannot give (its column is absent) as an error at the cell", () => {
    const headers: TicketColumn[] = ["工单编号", "承办单位", "派单时间", "签收时间", "签收方式", "紧急程度", "退单时间"];
    const r = merge(MARCH, [BODY_ROW], [["2026-03", UNIT, null, null, null, null, 1, 1, 0, null, 0, null, 1]], headers);
    expect(show(r.problems)).toEqual([
      ["error", "办理统计!L2", "满意度参评工单量为空，工单明细缺少「办结时间」「群体性事件」「诉求类型」列无法推算，应填写不小于0的整数"],
    ]);
    expect(r.input.unitStats[0].counts).toMatchObject({ 转派工单总量: 3, 办理工单总量: 2, 满意度参评工单量: null });
  });

  it("reports a unit with tickets but no row when some counts cannot be derived", () => {
    const headers: TicketColumn[] = ["工单编号", "承办单位", "派单时间", "退单时间", "红牌"];
    const r = merge(MARCH, [], [], headers);
    expect(show(r.problems)).toEqual([
      [
        "error",
        "工单明细!B2",
        `「${UNIT}」在2026-03有工单，但办理统计中没有该月的行，且工单明细缺少「签收时间」「签收方式」「紧急程度」「办结时间」「群体性事件」「办理时限」「延期次数」「延期时限」「诉求类型」「回访结果」「二次回访结果」「不合理诉求」列，无法推算及时签收工单量、及时退回工单量、办结工单总量、按时办结工单量、延期办结工单量、满意度参评工单量、满意工单量；请在办理统计中填写该月的行`,
      ],
    ]);
  });

  it("reports a merged row whose derived numerator exceeds the typed denominator", () => {
    const r = merge(MARCH, [BODY_ROW], [["2026-03", UNIT, 2, null, 1, 1, 1, 1, 0, 2, 0, 1, 1]]);
    expect(show(r.problems)).toEqual([
      ["warning", "办理统计!C2", "转派工单总量填写为2，由工单明细推算为3；以填写值为准"],
      ["error", "办理统计!D2", "及时签收工单量(3)大于转派工单总量(2)（部分数量由工单明细推算）"],
    ]);
  });

  it("reports a merged row whose typed 延期办结工单量 exceeds twice the derived 办结工单总量, at the 延期 cell", () => {
    const r = merge(MARCH, [BODY_ROW], [["2026-03", UNIT, null, null, null, null, null, null, 99, null, null, null, null]]);
    const extension = r.problems.find((p) => p.severity === "error");
    expect(extension && [extension.sheet, a1(extension.row, extension.col)]).toEqual(["办理统计", "I2"]);
    expect(extension?.message).toMatch(/^延期办结工单量\(99\)大于办结工单总量\(\d+\)的2倍\(\d+\)（部分数量由工单明细推算）$/);
  });

  it("returns the input unchanged when the export covers no month", () => {
    const { read, grids } = readInputOf([], [["2026-03", UNIT, 1, 1, 0, 0, 1, 1, 0, 1, 0, 1, 1]]);
    const r = mergeTicketStatistics(read, deriveStatistics(parseTickets({}), SUBJECTS), grids);
    expect(r.input).toBe(read.input);
    expect(r.problems).toEqual([]);
  });
});
