import { parsePeriod } from "../../../src/engine/period";
import { scorePeriod } from "../../../src/engine/score-period";
import type { SubjectMonthResult } from "../../../src/engine/types";
import type { SheetGrids } from "../../../src/workbook/compute-types";
import { readInput } from "../../../src/workbook/read-input";
import { deriveStatistics } from "../../../src/workbook/tickets/derive-statistics";
import { mergeTicketStatistics } from "../../../src/workbook/tickets/merge-ticket-statistics";
import { parseTickets } from "../../../src/workbook/tickets/parse-tickets";
import { GOLDEN_BODY_STATS, GOLDEN_TICKETS, GOLDEN_UNIT_STATS } from "./golden-fixture";
import { BODY, UNIT, UNIT2 } from "./ticket-fixtures";

const MASTER: SheetGrids = {
  地区: [["地区", "上级地区", "排名分组"], ["长春市", null, "市州"]],
  单位: [
    ["单位", "类型", "所属地区", "排名分组"],
    [BODY, "管理机构", "长春市", null],
    [UNIT, "承办单位", "长春市", null],
    [UNIT2, "承办单位", "长春市", null],
  ],
  台账: [["月份", "单位", "事项", "级别", "数量", "同一事项", "分值", "审核", "说明"]],
};

/** The pipeline the lead wires into compute.ts: parseTickets → readInput → deriveStatistics → merge. */
function inputFrom(sheets: SheetGrids) {
  const tickets = parseTickets(sheets);
  const read = readInput(sheets, { coveredMonths: new Set(tickets.coveredMonths) });
  const derived = deriveStatistics(tickets, read.input.subjects);
  const merged = mergeTicketStatistics(read, derived, sheets);
  return { input: merged.input, problems: [...read.problems, ...tickets.problems, ...derived.problems, ...merged.problems] };
}

const scores = (list: SubjectMonthResult[]) => list.map((s) => [s.subject.name, s.final.toFixed(2), s.items.map((i) => i.score.toFixed(2))]);

describe("golden: derived and hand-written statistics score identically", () => {
  // Typed: the hand-written sheets alone.
  const typed = inputFrom({ ...MASTER, 受理统计: GOLDEN_BODY_STATS, 办理统计: GOLDEN_UNIT_STATS });
  // Derived: the ticket export, with only the call-centre figures typed (the other counts blank, no 办理统计 sheet).
  const blanked = GOLDEN_BODY_STATS.map((r, i) => (i === 0 ? r : [r[0], r[1], r[2], r[3], null, null]));
  const derived = inputFrom({ ...MASTER, 受理统计: blanked, 工单明细: GOLDEN_TICKETS });

  it("reads both workbooks without an error", () => {
    expect(typed.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(derived.problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  it.each(["2026-02", "2026-03", "2026-04"])("gives every body and unit the same items and final score in %s", (month) => {
    const period = parsePeriod(month)!;
    const a = scorePeriod(typed.input, period).months[0];
    const b = scorePeriod(derived.input, period).months[0];
    expect(b.units.length + b.bodies.length).toBeGreaterThan(0);
    expect(scores(b.bodies)).toEqual(scores(a.bodies));
    expect(scores(b.units)).toEqual(scores(a.units));
    expect(b.regions.map((r) => r.composite?.toFixed(2) ?? null)).toEqual(a.regions.map((r) => r.composite?.toFixed(2) ?? null));
  });
});
