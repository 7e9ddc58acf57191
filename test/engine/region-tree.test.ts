import { regionTree, rollUp } from "../../src/engine/region-tree";
import type { Region } from "../../src/engine/types";

const region = (name: string, parent: string | null): Region => ({ name, parent, group: null });

/** A chain r1 ← r2 ← … ← rN (r1 at the top). */
const chain = (n: number): Region[] => Array.from({ length: n }, (_, i) => region(`r${i + 1}`, i === 0 ? null : `r${i}`));

const sum = (tree: ReturnType<typeof regionTree>, own: Map<string, { n: number }>) =>
  rollUp(tree, own, () => ({ n: 0 }), (into, from) => (into.n += from.n));

describe("regionTree", () => {
  it("gives each region its depth and lists regions deepest first", () => {
    const tree = regionTree([region("吉林省", null), region("朝阳区", "长春市"), region("长春市", "吉林省")]);
    expect(Object.fromEntries(tree.depth)).toEqual({ 吉林省: 0, 朝阳区: 2, 长春市: 1 });
    expect(tree.bottomUp).toEqual(["朝阳区", "长春市", "吉林省"]);
  });

  it("treats a parent that is not a region as the top", () => {
    const tree = regionTree([region("长春市", "吉林")]);
    expect(tree.parentOf.get("长春市")).toBeNull();
    expect(tree.depth.get("长春市")).toBe(0);
  });

  it("cuts a cycle that slipped through instead of looping", () => {
    const tree = regionTree([region("甲", "乙"), region("乙", "甲")]);
    expect(tree.bottomUp.sort()).toEqual(["乙", "甲"]);
    expect([...tree.parentOf.values()].filter((p) => p === null)).toHaveLength(1);
  });

  it("handles a 20,000-level chain: depths and subtree sums", () => {
    const n = 20_000;
    const tree = regionTree(chain(n));
    expect(tree.depth.get(`r${n}`)).toBe(n - 1);
    expect(tree.bottomUp[0]).toBe(`r${n}`);
    const totals = sum(tree, new Map(chain(n).map((r) => [r.name, { n: 1 }])));
    expect(totals.get("r1")!.n).toBe(n);
    expect(totals.get(`r${n}`)!.n).toBe(1);
    expect(totals.get("r100")!.n).toBe(n - 99);
  });
});

describe("rollUp", () => {
  it("adds every region below into each region's total, and its own", () => {
    const tree = regionTree([region("省", null), region("市", "省"), region("区", "市"), region("县", "市"), region("直", null)]);
    const totals = sum(tree, new Map([["区", { n: 2 }], ["县", { n: 3 }], ["市", { n: 10 }], ["直", { n: 7 }]]));
    expect(Object.fromEntries([...totals].map(([k, v]) => [k, v.n]))).toEqual({ 区: 2, 县: 3, 市: 15, 省: 15, 直: 7 });
  });
});
