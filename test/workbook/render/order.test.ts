import { byGroupThenRank, regionGroupOrder } from "../../../src/workbook/render/order";
import type { Region } from "../../../src/engine/types";

type Row = { name: string; group: string | null; rank: number | null };
const row = (name: string, group: string | null, rank: number | null): Row => ({ name, group, rank });

describe("byGroupThenRank", () => {
  it("keeps groups in order of first appearance, ranks ascending, unranked and ungrouped last", () => {
    const rows = [row("a", "B", null), row("b", null, null), row("c", "A", 2), row("d", "B", 1), row("e", "A", 1)];
    const out = byGroupThenRank(rows, (r) => r.group, (r) => r.rank).map((r) => r.name);
    expect(out).toEqual(["d", "a", "e", "c", "b"]);
  });
  it("keeps the given order for equal ranks (ties in name order)", () => {
    const rows = [row("甲", "G", 2), row("乙", "G", 2), row("丙", "G", 1)];
    expect(byGroupThenRank(rows, (r) => r.group, (r) => r.rank).map((r) => r.name)).toEqual(["丙", "甲", "乙"]);
  });
  it("puts groups named in groupOrder first", () => {
    const rows = [row("a", "县市区", 1), row("b", "市州", 1)];
    expect(byGroupThenRank(rows, (r) => r.group, (r) => r.rank, ["市州"]).map((r) => r.name)).toEqual(["b", "a"]);
  });
});

describe("regionGroupOrder", () => {
  it("lists the groups of top regions before those of regions below them", () => {
    const regions: Region[] = [
      { name: "南关区", parent: "长春市", group: "县市区" },
      { name: "长春市", parent: null, group: "市州" },
      { name: "省直", parent: null, group: "未分组" },
    ];
    expect(regionGroupOrder(regions, (r) => r, (r) => r.group as string)).toEqual(["市州", "未分组", "县市区"]);
  });
  it("does not loop on a cycle of parents", () => {
    const regions: Region[] = [
      { name: "甲", parent: "乙", group: "A" },
      { name: "乙", parent: "甲", group: "B" },
    ];
    expect(regionGroupOrder(regions, (r) => r, (r) => r.group as string).sort()).toEqual(["A", "B"]);
  });
});
