/**
 * readSheet (over XmlReader, with its fast paths for plain references, styles and digit values)
 * against the earlier reader kept in reference/read-sheet.ts: the same grid — values, types, -0,
 * dates, merged areas, shared formulas — or the same refusal, on generated worksheets and on
 * damaged ones.
 */
import fc from "fast-check";
import { readSheet, type SheetContext } from "../../../src/hosts/xlsx/sheet-read";
import { readSheet as referenceReadSheet } from "./reference/read-sheet";
import { damaged, referenceTakesOddNames, worksheetXml } from "./xml-arbitraries";

const context = fc.record({
  sharedStrings: fc.constantFrom(null, ["地区", "a &b", "行1\r行2"], ["s0", "s1", "s2", "s3", "s4", "s5", "s6", "s7"]),
  dateStyles: fc.constant([false, true, false]),
  date1904: fc.boolean(),
}) as fc.Arbitrary<SheetContext>;

type Outcome = { grid: unknown[][] } | { error: string };

function outcome(read: () => unknown[][]): Outcome {
  try {
    return { grid: read() };
  } catch (error) {
    return { error: `${(error as Error).name}: ${(error as Error).message}` };
  }
}

/** Grids with every value tagged by its type, so that 7 and "7", 0 and -0, a Date and its text differ. */
const tagged = (o: Outcome) =>
  "grid" in o
    ? o.grid.map((row) => Array.from(row, (v) => (v instanceof Date ? `date ${v.getTime()}` : Object.is(v, -0) ? "number -0" : `${typeof v} ${String(v)}`)))
    : o;

describe("readSheet reads as the reference reader", () => {
  it.each([false, true])("generated worksheets (onlyA1 %s): the same grid or the same error", (onlyA1) => {
    fc.assert(
      fc.property(worksheetXml, context, (xml, ctx) => {
        expect(tagged(outcome(() => readSheet(xml, ctx, onlyA1)))).toEqual(tagged(outcome(() => referenceReadSheet(xml, ctx, onlyA1))));
      }),
      { numRuns: 600 },
    );
  });

  it("damaged worksheets: refused alike (and names no XML allows refused), the same grid otherwise", () => {
    fc.assert(
      fc.property(damaged(worksheetXml), context, (xml, ctx) => {
        const ours = outcome(() => readSheet(xml, ctx));
        const reference = outcome(() => referenceReadSheet(xml, ctx));
        if ("error" in ours && referenceTakesOddNames(xml)) return;
        expect("error" in ours).toBe("error" in reference);
        if ("grid" in ours) expect(tagged(ours)).toEqual(tagged(reference));
      }),
      { numRuns: 1500 },
    );
  });

  it("generates what it claims: plain digit values, shared strings, dates, inline text and errors all occur", () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(worksheetXml, context, (xml, ctx) => {
        const o = outcome(() => readSheet(xml, ctx));
        if ("error" in o) seen.add("error");
        else for (const v of o.grid.flat()) seen.add(v instanceof Date ? "date" : typeof v === "string" && ctx.sharedStrings?.includes(v) ? "shared" : typeof v);
      }),
      { numRuns: 300, seed: 42 },
    );
    expect([...seen].sort()).toEqual(["boolean", "date", "error", "number", "object", "shared", "string"]);
  });
});
