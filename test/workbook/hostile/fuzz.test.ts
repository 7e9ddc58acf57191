/**
 * Fuzz test of the whole workbook pipeline (issue 12): random grids with hostile cell values and
 * random sheet layouts. Properties:
 *   1. computeWorkbook and readInput never throw;
 *   2. every problem names a cell that exists — see `cellExists`;
 *   3. a workbook without errors scores (ok, a result, tables and JSON), and one with errors does not;
 *   4. layout does not change scores: shuffled columns, blank rows, extra sheets and spaced sheet
 *      names give the same JSON as the clean workbook.
 */
import fc from "fast-check";
import { computeWorkbook } from "../../../src/workbook/compute";
import type { SheetGrids } from "../../../src/workbook/compute-types";
import { hasErrors, type Problem } from "../../../src/workbook/problem";
import { readInput } from "../../../src/workbook/read-input";
import { INPUT_SHEETS, SHEET } from "../../../src/workbook/sheets";
import { TICKET_COLUMN_NAMES } from "../../../src/workbook/tickets/ticket-sheets";
import { BODY, cleanWorkbook, PROVINCIAL_UNIT, UNIT } from "../fixtures";

const OPTIONS = { now: new Date(Date.UTC(2026, 3, 1)), existingSheets: [] };
const CONTRACT_SHEETS: readonly string[] = Object.values(SHEET);

/** Values that broke or fooled readers before: every size of number, odd dates, invisible and formula-like text, error texts. */
const HOSTILE = [
  null, undefined, "", " ", "\u3000", Number.NaN, Infinity, -Infinity, -0, 0, 1e308, -1e308, 2 ** 53, 2 ** 53 - 1, 5e-324,
  45992, 46082, 46082.5, 372, -1, 1.5, "#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "=SUM(A1:A3)", "=1+1", "+1", "-1",
  "@名称", "\u200b", "长春\u200b市", "\u0000", "\u0007\u001f", "\ufeff长春市", "\u202e反向", "2026-03", "2026年3月", "2099-12",
  "2026-13", "1e21", "100000000000000000000", " 372 ", "３７２", true, false, new Date(Number.NaN), new Date(Date.UTC(2026, 2, 1)),
  new Date(Date.UTC(2026, 2, 31, 23, 59)), new Date(-8.64e15), new Date(8.64e15), "2026年3月5日 9时30分", "2026-03-05 14:30",
  "2026-02-30 10:00", "25:00", BODY, UNIT, PROVINCIAL_UNIT, "长春市", "吉林省", "朝阳区", "管理机构", "承办单位", "群众表扬",
  "通报表彰", "省级", "专题任务", "通过",
];

const cell: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE), weight: 4 },
  { arbitrary: fc.double(), weight: 1 },
  { arbitrary: fc.integer(), weight: 1 },
  { arbitrary: fc.string({ maxLength: 8 }), weight: 1 },
  { arbitrary: fc.date({ noInvalidDate: false }), weight: 1 },
);

const ALL_HEADERS = [...new Set([...INPUT_SHEETS.flatMap((s) => s.columns.map((c) => c.header)), ...TICKET_COLUMN_NAMES, "工单号", "日期", "类型"])];
const header = fc.oneof(fc.constantFrom(...ALL_HEADERS), cell);

const row = (width: number) => fc.array(cell, { maxLength: width });
const grid = fc.tuple(fc.array(header, { maxLength: 14 }), fc.array(row(14), { maxLength: 8 })).map(([h, rows]) => [h, ...rows]);

/** A sheet name: a contract name (sometimes with spaces around it), or another name. */
const sheetName = fc.oneof(
  fc.constantFrom(...CONTRACT_SHEETS),
  fc.tuple(fc.constantFrom("", " ", "\u3000"), fc.constantFrom(...CONTRACT_SHEETS), fc.constantFrom("", " ", "\u3000")).map(([a, n, b]) => a + n + b),
  fc.string({ maxLength: 5 }),
);

/** Random workbooks: random sheets of random grids, or the clean workbook with random cells overwritten. */
const randomSheets: fc.Arbitrary<SheetGrids> = fc.dictionary(sheetName, grid, { maxKeys: 9 });
const mutatedClean: fc.Arbitrary<SheetGrids> = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom(...Object.keys(cleanWorkbook())), fc.nat(4), fc.nat(12), cell), { maxLength: 3 }),
    fc.option(fc.constantFrom(...Object.keys(cleanWorkbook())), { freq: 5 }),
  )
  .map(([changes, dropped]) => {
    const sheets = cleanWorkbook();
    for (const [name, r, c, value] of changes) {
      const g = sheets[name] as unknown[][];
      const at = Math.min(r, g.length);
      g[at] = [...(g[at] ?? [])];
      g[at][c] = value;
    }
    if (dropped !== null) delete sheets[dropped];
    return sheets;
  });
const anySheets = fc.oneof(randomSheets, mutatedClean, mutatedClean);
const period = fc.constantFrom("2026-03", "2026Q1", "2026", "2099-12");

const width = (g: readonly unknown[][]) => g.reduce((w, r) => Math.max(w, Array.isArray(r) ? r.length : 0), 0);

/**
 * A problem names a cell that exists when:
 *   - it is on a sheet of the workbook (by its real name), at a row of the grid (row 0 of an empty
 *     grid) and a column up to one past the widest row (the first empty column, where a missing
 *     column belongs); or
 *   - it is a sheet-level problem: row 0, column 0 of a contract sheet (e.g. a missing sheet) or of a
 *     sheet the tool would write (a user's sheet in the way).
 */
function cellExists(p: Problem, sheets: SheetGrids): boolean {
  if (!Number.isInteger(p.row) || !Number.isInteger(p.col) || p.row < 0 || p.col < 0) return false;
  if (Object.prototype.hasOwnProperty.call(sheets, p.sheet)) {
    const g = sheets[p.sheet];
    return p.row < Math.max(1, g.length) && p.col <= width(g);
  }
  return p.row === 0 && p.col === 0 && (CONTRACT_SHEETS.includes(p.sheet) || /^20\d\d/.test(p.sheet) || p.sheet === "计算说明");
}

function checkProblems(problems: readonly Problem[], sheets: SheetGrids): void {
  for (const p of problems) {
    if (!cellExists(p, sheets)) throw new Error(`problem at a cell that does not exist: ${JSON.stringify(p)}`);
    expect(["error", "warning"]).toContain(p.severity);
    expect(p.message.length).toBeGreaterThan(0);
    expect(p.message).not.toMatch(/\[object |\bNaN\b|function /);
  }
}

describe("fuzz: the workbook pipeline on hostile input", () => {
  it("computeWorkbook never throws, cites existing cells, and scores exactly when there is no error", () => {
    fc.assert(
      fc.property(anySheets, period, (sheets, p) => {
        const outcome = computeWorkbook(sheets, p, OPTIONS);
        checkProblems(outcome.problems, sheets);
        expect(outcome.ok).toBe(!hasErrors(outcome.problems));
        if (outcome.ok) {
          expect(outcome.result).not.toBeNull();
          expect(outcome.json).not.toBeNull();
          expect(outcome.tables.length).toBeGreaterThan(0);
        } else {
          expect(outcome.tables).toEqual([]);
        }
      }),
      { numRuns: 250 },
    );
  });

  it("readInput never throws and cites existing cells", () => {
    fc.assert(
      fc.property(anySheets, (sheets) => {
        checkProblems(readInput(sheets).problems, sheets);
      }),
      { numRuns: 250 },
    );
  });

  it("scores the same whatever the column order, blank rows, extra sheets and spaces around sheet names", () => {
    const expected = computeWorkbook(cleanWorkbook(), "2026-03", OPTIONS).json as any;
    const layout = fc.record({
      seed: fc.integer(),
      blankRows: fc.array(fc.tuple(fc.nat(5), fc.constantFrom([], [null, " "], ["\u3000"])), { maxLength: 3 }),
      extra: fc.dictionary(fc.string({ minLength: 1, maxLength: 4 }).filter((n) => !CONTRACT_SHEETS.includes(n.trim())), grid, { maxKeys: 2 }),
      spaced: fc.subarray(Object.keys(cleanWorkbook())),
      pad: fc.constantFrom(" ", "\u3000", "  "),
    });
    fc.assert(
      fc.property(layout, ({ seed, blankRows, extra, spaced, pad }) => {
        const sheets: SheetGrids = { ...extra };
        for (const [name, g] of Object.entries(cleanWorkbook())) {
          const order = shuffledColumns(width(g), seed);
          const rows = g.map((r) => order.map((c) => r[c] ?? null));
          for (const [at, blank] of blankRows) rows.splice(1 + Math.min(at, rows.length - 1), 0, [...blank]);
          sheets[spaced.includes(name) ? `${name}${pad}` : name] = rows;
        }
        const outcome = computeWorkbook(sheets, "2026-03", OPTIONS);
        expect(outcome.problems).toEqual([]);
        const json = outcome.json as any;
        expect(json.managementBodies).toEqual(expected.managementBodies);
        expect(json.handlingUnits).toEqual(expected.handlingUnits);
        expect(json.regions).toEqual(expected.regions);
      }),
      { numRuns: 100 },
    );
  });
});

/** A permutation of 0…n−1 from a seed (deterministic, so a failure can be replayed). */
function shuffledColumns(n: number, seed: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let s = seed >>> 0;
  for (let i = n - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}
