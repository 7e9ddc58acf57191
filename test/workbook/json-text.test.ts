/**
 * writePrettyJson hands out JSON.stringify(value, null, 2) in pieces: joined, they are exactly its
 * text, for any value — long arrays laid out element by element, members JSON.stringify leaves
 * out, toJSON (with its key), nesting at any depth — and no piece of a long array holds two elements.
 */
import fc from "fast-check";
import { writePrettyJson } from "../../src/workbook/json-text";

const pieces = (value: unknown) => {
  const out: string[] = [];
  writePrettyJson(value, (piece) => out.push(piece));
  return out;
};

/** Leaves JSON.stringify treats specially as well as plain ones. */
const leaf = fc.oneof(
  fc.jsonValue({ maxDepth: 1 }),
  fc.constantFrom(undefined, NaN, -0, Infinity, new Date(Date.UTC(2026, 2, 1)), () => 1, "长春市\n\"引号\"", "😀", { toJSON: (key: string) => `key ${key}` }, { toJSON: () => undefined }),
);

/** Values whose arrays are sometimes long (64+), so that several levels are laid out. */
const value = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc.array(tie("node"), { maxLength: 4 }),
    fc.array(leaf, { minLength: 64, maxLength: 70 }),
    fc.dictionary(fc.constantFrom("a", "b", "monthly", "__proto__", "1", "名称", ""), tie("node"), { maxKeys: 4 }),
  ),
})).node;

describe("writePrettyJson", () => {
  it("joins to JSON.stringify(value, null, 2) for any value it can write", () => {
    fc.assert(
      fc.property(fc.oneof(value, fc.array(value, { minLength: 64, maxLength: 66 }), fc.record({ monthly: fc.array(fc.record({ list: fc.array(leaf, { minLength: 64, maxLength: 66 }) }), { maxLength: 3 }) })), (v) => {
        fc.pre(JSON.stringify(v) !== undefined);
        expect(pieces(v).join("")).toBe(JSON.stringify(v, null, 2));
      }),
      { numRuns: 500 },
    );
  });

  it("lays out a year-like document: a long list in pieces of 32 elements, at their indentation", () => {
    const body = (i: number) => ({ unit: `单位${i}`, score: 90 + i / 10, items: { M1: 1 }, hints: [] });
    const doc = { period: "2026", monthly: [{ period: "2026-01", managementBodies: Array.from({ length: 100 }, (_, i) => body(i)) }] };
    const out = pieces(doc);
    expect(out.join("")).toBe(JSON.stringify(doc, null, 2));
    const batches = out.filter((p) => p.startsWith('{\n          "unit"'));
    expect(batches.map((p) => p.split('"unit"').length - 1)).toEqual([32, 32, 32, 4]);
    const indented = (b: unknown) => JSON.stringify(b, null, 2).replace(/\n/g, `\n${" ".repeat(8)}`);
    expect(batches[3]).toBe([96, 97, 98, 99].map((i) => indented(body(i))).join(`,\n${" ".repeat(8)}`));
  });
});
