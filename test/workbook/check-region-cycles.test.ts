import { regionCycles } from "../../src/workbook/check-region-cycles";

describe("regionCycles", () => {
  it("finds nothing in a tree", () => {
    expect(regionCycles(new Map([["吉林省", null], ["长春市", "吉林省"], ["朝阳区", "长春市"]]))).toEqual([]);
  });

  it("lists a cycle once, from its region that comes first, leaving out regions that lead into it", () => {
    const cycles = regionCycles(new Map([["丙", "乙"], ["甲", "乙"], ["乙", "甲"]]));
    expect(cycles).toEqual([["甲", "乙"]]);
  });

  it("finds two separate cycles and a self-loop", () => {
    const cycles = regionCycles(new Map([["A", "B"], ["B", "A"], ["C", "C"], ["D", "E"]]));
    expect(cycles).toEqual([["A", "B"], ["C"]]);
  });

  it("reports a 20,000-region cycle once, every region listed once", () => {
    const n = 20_000;
    const parentOf = new Map(Array.from({ length: n }, (_, i) => [`r${i}`, `r${(i + 1) % n}`] as [string, string]));
    const cycles = regionCycles(parentOf);
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toHaveLength(n);
    expect(cycles[0][0]).toBe("r0");
    expect(new Set(cycles[0]).size).toBe(n);
  });
});
