import { regionCycles } from "../../src/workbook/check-region-cycles";

describe("regionCycles", () => {
  it("finds nothing in a tree", () => {
    expect(regionCycles(new Map([["吉林省", null], ["长春市", "吉林省"], ["朝阳区", "长春市"]])).size).toBe(0);
  });

  it("lists each region on a cycle with the cycle as seen from it", () => {
    const cycles = regionCycles(new Map([["甲", "乙"], ["乙", "甲"], ["丙", "甲"]]));
    expect([...cycles.entries()]).toEqual([
      ["甲", ["甲", "乙", "甲"]],
      ["乙", ["乙", "甲", "乙"]],
    ]);
  });

  it("finds two separate cycles and a self-loop", () => {
    const cycles = regionCycles(new Map([["A", "B"], ["B", "A"], ["C", "C"], ["D", "E"]]));
    expect([...cycles.keys()].sort()).toEqual(["A", "B", "C"]);
    expect(cycles.get("C")).toEqual(["C", "C"]);
  });
});
