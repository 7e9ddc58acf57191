import fc from "fast-check";
import { ALL_LEDGER_ITEM_NAMES } from "../../src/engine/ledger-catalogue";
import { PARAM_SPECS } from "../../src/engine/params";
import type { SheetGrids } from "../../src/workbook/compute-types";
import { readInput, summarizeWorkbook } from "../../src/workbook/read-input";
import { INPUT_SHEETS } from "../../src/workbook/sheets";
import { BODY, UNIT } from "./fixtures";

const SHEET_NAMES = INPUT_SHEETS.map((s) => s.name);
const ALL_HEADERS = [...new Set(INPUT_SHEETS.flatMap((s) => s.columns.map((c) => c.header)))];

/** Words that make rows meet each other: names, types, items, levels, months, parameter values. */
const WORDS = [
  "吉林省", "长春市", BODY, UNIT, "管理机构", "承办单位", "市州", ...ALL_LEDGER_ITEM_NAMES, "国家级", "省级", "市级",
  "县级", "2026-03", "2026年4月", "2026/3", "通过", "不通过", ...PARAM_SPECS.map((s) => s.name), "无", "0.4", "0.6",
  "按比例", "1.5", "372", "\u3000", " ",
];

const cell: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.constantFrom(...WORDS),
  fc.string({ maxLength: 6 }),
  fc.integer({ min: -5, max: 50000 }),
  fc.double(),
  fc.boolean(),
  fc.date(),
);

const randomHeader = fc.oneof(fc.constantFrom(...ALL_HEADERS), fc.string({ maxLength: 4 }), fc.constant(null));

/** A header row: the sheet's own headers (shuffled, some dropped, extras added) or random ones. */
function headerRow(own: readonly string[]): fc.Arbitrary<unknown[]> {
  const near = fc
    .tuple(fc.shuffledSubarray([...own], { minLength: Math.max(0, own.length - 1) }), fc.array(randomHeader, { maxLength: 2 }))
    .map(([mine, extra]) => [...mine, ...extra]);
  return fc.oneof(near, fc.array(randomHeader, { maxLength: 14 }));
}

function grid(own: readonly string[]): fc.Arbitrary<unknown[][]> {
  return fc
    .tuple(headerRow(own), fc.array(fc.array(cell, { maxLength: 14 }), { maxLength: 6 }))
    .map(([head, rows]) => [head, ...rows]);
}

const sheets: fc.Arbitrary<SheetGrids> = fc
  .tuple(
    fc.record(Object.fromEntries(INPUT_SHEETS.map((s) => [s.name, grid(s.columns.map((c) => c.header))])), {
      requiredKeys: [],
    }),
    fc.dictionary(fc.oneof(fc.constant("工单明细"), fc.string({ maxLength: 3 })), grid([]), { maxKeys: 2 }),
  )
  .map(([input, other]) => ({ ...other, ...input }) as SheetGrids);

describe("readInput on random grids", () => {
  it("never throws, and every problem is on an input sheet at a cell inside (or at the top of) its grid", () => {
    fc.assert(
      fc.property(sheets, fc.boolean(), (grids, covered) => {
        const result = readInput(grids, covered ? { coveredMonths: new Set(["2026-03"]) } : {});
        for (const p of result.problems) {
          expect(SHEET_NAMES).toContain(p.sheet);
          expect(Number.isInteger(p.row) && p.row >= 0).toBe(true);
          expect(Number.isInteger(p.col) && p.col >= 0).toBe(true);
          expect(p.row).toBeLessThan(Math.max(1, grids[p.sheet]?.length ?? 1));
          expect(["error", "warning"]).toContain(p.severity);
          expect(p.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("returns input whose statistics and ledger rows have months and whose regions have no cycle", () => {
    fc.assert(
      fc.property(sheets, (grids) => {
        const { input, months } = readInput(grids);
        for (const row of [...input.bodyStats, ...input.unitStats, ...input.ledger]) {
          expect(months).toContain(row.month);
        }
        const parent = new Map(input.regions.map((r) => [r.name, r.parent]));
        for (const start of parent.keys()) {
          const seen = new Set<string>();
          for (let at: string | null | undefined = start; at != null; at = parent.get(at)) {
            expect(seen.has(at)).toBe(false);
            seen.add(at);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("summarizes any grids without throwing", () => {
    fc.assert(
      fc.property(sheets, (grids) => {
        const summary = summarizeWorkbook(grids);
        expect(summary.sheetsFound.length + summary.sheetsMissing.length).toBe(SHEET_NAMES.length);
      }),
      { numRuns: 200 },
    );
  });
});
