import fc from "fast-check";
import { defaultParams } from "../../../src/engine/params";
import { deriveStatistics } from "../../../src/workbook/tickets/derive-statistics";
import { mergeTicketStatistics } from "../../../src/workbook/tickets/merge-ticket-statistics";
import { parseTickets } from "../../../src/workbook/tickets/parse-tickets";
import { renderTicketStatsTable } from "../../../src/workbook/tickets/render-ticket-stats";
import { TICKET_COLUMNS } from "../../../src/workbook/tickets/ticket-sheets";
import { SUBJECTS, UNIT, BODY } from "./ticket-fixtures";

const headers = TICKET_COLUMNS.flatMap((c) => [c.header, ...c.aliases]);
const cell = fc.oneof(
  fc.constant(null),
  fc.constantFrom("", " ", "是", "否", "紧急", "一般", "自动", "满意", "不满意", "投诉", "咨询", UNIT, BODY, "2", "3", "x"),
  fc.constantFrom("2026-03-05 14:30", "2026-02-14 16:00", "2026/3/5", "2026-13-01 10:00", "2035-01-02 08:00"),
  fc.double({ min: -10, max: 80000, noNaN: false }),
  fc.integer({ min: 40000, max: 50000 }),
  fc.date({ min: new Date(Date.UTC(2024, 0, 1)), max: new Date(Date.UTC(2027, 0, 1)), noInvalidDate: false }),
  fc.boolean(),
  fc.string({ maxLength: 6 }),
);

describe("random 工单明细 and 节假日 grids", () => {
  it("never throw, and every problem cites a cell of one of the two sheets", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...headers), { minLength: 1, maxLength: 12 }),
        fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 12 }),
        fc.array(fc.tuple(cell, fc.constantFrom("休息日", "工作日", "?", null)), { maxLength: 4 }),
        (head, body, days) => {
          const sheets = { 工单明细: [head, ...body], 节假日: [["日期", "类型"], ...days] };
          const tickets = parseTickets(sheets);
          const derived = deriveStatistics(tickets, SUBJECTS);
          const input = { regions: [], subjects: SUBJECTS, bodyStats: [], unitStats: [], ledger: [], params: defaultParams() };
          const merged = mergeTicketStatistics({ input, columns: {} }, derived, sheets);
          for (const m of derived.coveredMonths) renderTicketStatsTable(m, derived);
          for (const p of [...tickets.problems, ...derived.problems, ...merged.problems]) {
            expect(["工单明细", "节假日"]).toContain(p.sheet);
            expect(p.row).toBeGreaterThanOrEqual(0);
            expect(p.col).toBeGreaterThanOrEqual(0);
            expect(p.message.length).toBeGreaterThan(0);
          }
          for (const s of merged.input.unitStats) {
            for (const v of Object.values(s.counts)) expect(v === null || (Number.isInteger(v) && v >= 0)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
