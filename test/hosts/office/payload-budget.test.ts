import { cellBytes, rowBlocks, rowBytes } from "../../../src/hosts/office/payload-budget";

const utf8 = (v: unknown) => new TextEncoder().encode(JSON.stringify(v)).length;

describe("payload estimates", () => {
  it.each([["长春市住房和城乡建设局"], ["a\"b\\c"], [""], [93.5], [true], [null], ["=1+1"]])(
    "estimates the JSON bytes of %j exactly",
    (v) => {
      expect(cellBytes(v)).toBe(utf8(v));
    },
  );

  it("estimates a row as its JSON array", () => {
    const row = ["2026-03", "吉林市水务局", 518, null, "说明：扣1.00分"];
    expect(rowBytes(row)).toBe(utf8(row));
  });
});

describe("rowBlocks", () => {
  it("keeps each block within the budget", () => {
    expect(rowBlocks([10, 10, 10, 10, 10], 25)).toEqual([
      { start: 0, count: 2 },
      { start: 2, count: 2 },
      { start: 4, count: 1 },
    ]);
  });

  it("puts a row larger than the budget in a block of its own", () => {
    expect(rowBlocks([5, 100, 5], 20)).toEqual([
      { start: 0, count: 1 },
      { start: 1, count: 1 },
      { start: 2, count: 1 },
    ]);
  });

  it("returns no block for no rows and one block when everything fits", () => {
    expect(rowBlocks([], 10)).toEqual([]);
    expect(rowBlocks([3, 3, 3], 10)).toEqual([{ start: 0, count: 3 }]);
  });
});
