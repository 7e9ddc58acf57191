import { defaultParams } from "../../../src/engine/params";
import type { ScoringInput, StatsRow } from "../../../src/engine/types";
import { deriveStatistics } from "../../../src/workbook/tickets/derive-statistics";
import { mergeTicketStatistics } from "../../../src/workbook/tickets/merge-ticket-statistics";
import { parseTickets } from "../../../src/workbook/tickets/parse-tickets";
import type { DerivedSubjectStats } from "../../../src/workbook/tickets/ticket-types";
import { GOLDEN_BODY_STATS, GOLDEN_UNIT_STATS, goldenSheets } from "./golden-fixture";
import { SUBJECTS } from "./ticket-fixtures";

/** `month|subject → { field: count }` of a hand-written statistics grid. */
function handWritten(grid: unknown[][], only?: readonly string[]): Map<string, Record<string, number>> {
  const [header, ...rows] = grid as [string[], ...unknown[][]];
  return new Map(
    rows.map((r) => [
      `${r[0]}|${r[1]}`,
      Object.fromEntries(header.slice(2).flatMap((h, i) => (only && !only.includes(h) ? [] : [[h, r[i + 2] as number]]))),
    ]),
  );
}

function derivedMap(list: readonly DerivedSubjectStats<string>[], only?: readonly string[]) {
  return new Map(
    list.map((s) => [
      `${s.month}|${s.subject}`,
      Object.fromEntries(Object.entries(s.counts).filter(([f]) => !only || only.includes(f))),
    ]),
  );
}

/** The statistics rows as readInput would give them (every count typed). */
function typedRows(grid: unknown[][], sheet: string): StatsRow<string>[] {
  const [header, ...rows] = grid as [string[], ...unknown[][]];
  return rows.map((r, i) => ({
    month: r[0] as string,
    subject: r[1] as string,
    counts: Object.fromEntries(header.slice(2).map((h, j) => [h, r[j + 2] as number])),
    source: { sheet, row: i + 2 },
  }));
}

describe("golden: a ticket export and the statistics computed from it by hand", () => {
  const sheets = goldenSheets();
  const tickets = parseTickets(sheets);
  const derived = deriveStatistics(tickets, SUBJECTS);

  it("parses the export without any problem and covers 2026-02 to 2026-04", () => {
    expect(tickets.problems).toEqual([]);
    expect(derived.problems).toEqual([]);
    expect(tickets.coveredMonths).toEqual(["2026-02", "2026-03", "2026-04"]);
  });

  it("derives exactly the hand-written 办理统计", () => {
    expect(derivedMap(derived.units)).toEqual(handWritten(GOLDEN_UNIT_STATS));
  });

  it("derives exactly the hand-written 工单办理总量 and 及时派发工单量 of 受理统计", () => {
    const fields = ["工单办理总量", "及时派发工单量"];
    expect(derivedMap(derived.bodies, fields)).toEqual(handWritten(GOLDEN_BODY_STATS, fields));
  });

  it("meets the typed sheets without a single disagreement", () => {
    const input: ScoringInput = {
      regions: [],
      subjects: SUBJECTS,
      bodyStats: typedRows(GOLDEN_BODY_STATS, "受理统计") as ScoringInput["bodyStats"],
      unitStats: typedRows(GOLDEN_UNIT_STATS, "办理统计") as ScoringInput["unitStats"],
      ledger: [],
      params: defaultParams(),
    };
    const merged = mergeTicketStatistics({ input, columns: {} }, derived, sheets);
    expect(merged.problems).toEqual([]);
    expect(merged.input.unitStats).toEqual(input.unitStats);
    expect(merged.input.bodyStats).toEqual(input.bodyStats);
  });
});
