import { withParams } from "../../src/worker/params-override";
import type { SheetGrids } from "../../src/workbook/compute-types";

const base = (): SheetGrids => ({
  地区: [["地区"]],
  参数: [
    ["参数", "值", "说明"],
    ["管理机构权重", "0.4", ""],
  ],
});

describe("the web page's parameters for one compute", () => {
  it("changes the 值 cells and appends missing parameters, leaving the input grids untouched", () => {
    const grids = base();
    const out = withParams(grids, { 管理机构权重: "0.5", 承办单位权重: "0.5" })!;
    expect(out.参数).toEqual([
      ["参数", "值", "说明"],
      ["管理机构权重", "0.5", ""],
      ["承办单位权重", "0.5"],
    ]);
    expect(grids.参数[1][1]).toBe("0.4");
    expect(out.地区).toBe(grids.地区);
  });

  it("returns the same grids when nothing changes, and creates the sheet when missing", () => {
    const grids = base();
    expect(withParams(grids, { 管理机构权重: "0.4" })).toBe(grids);
    const created = withParams({ 地区: [["地区"]] }, { 管理机构权重: "0.3" })!;
    expect(created.参数[0]).toEqual(["参数", "值", "说明"]);
    expect(created.参数.find((r) => r[0] === "管理机构权重")![1]).toBe("0.3");
  });

  it("is null when the 参数 sheet lacks its headers", () => {
    expect(withParams({ 参数: [["名称", "数"]] }, { 管理机构权重: "0.3" })).toBeNull();
  });
});
