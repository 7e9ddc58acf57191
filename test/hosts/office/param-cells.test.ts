import { paramTexts, planParamWrites } from "../../../src/hosts/office/param-cells";
import { PARAM_SPECS } from "../../../src/engine/params";

const grid = [
  ["参数", "值", "说明"],
  ["接通率扣分上限", 15, ""],
  [" 扣分方式 ", "按整百分点", null],
  ["未知参数", "1", null],
];

describe("paramTexts", () => {
  it("reads each parameter's 值 as trimmed text, numbers included", () => {
    expect(paramTexts(grid)).toEqual({ 接通率扣分上限: "15", 扣分方式: "按整百分点", 未知参数: "1" });
  });

  it("gives nothing for a missing sheet or one without the 参数/值 headers", () => {
    expect(paramTexts(undefined)).toEqual({});
    expect(paramTexts([["名称", "数值"], ["扣分方式", "按比例"]])).toEqual({});
  });
});

describe("planParamWrites", () => {
  it("updates only the 值 cells that change and appends missing parameters", () => {
    const plan = planParamWrites(grid, { 接通率扣分上限: "15", 扣分方式: "按比例", 管理机构权重: "0.5", 承办单位权重: "" });
    expect(plan).toEqual({
      kind: "update",
      writes: [
        { row: 2, col: 1, text: "按比例" },
        { row: 4, col: 0, text: "管理机构权重" },
        { row: 4, col: 1, text: "0.5" },
      ],
    });
  });

  it("creates the sheet with every parameter, defaults where left blank", () => {
    const plan = planParamWrites(undefined, { 扣分方式: "按整百分点" });
    expect(plan.kind).toBe("create");
    if (plan.kind !== "create") return;
    expect(plan.rows[0]).toEqual(["参数", "值", "说明"]);
    expect(plan.rows).toHaveLength(PARAM_SPECS.length + 1);
    expect(plan.rows.find((r) => r[0] === "扣分方式")?.[1]).toBe("按整百分点");
    expect(plan.rows.find((r) => r[0] === "接通率扣分上限")?.[1]).toBe("15");
  });

  it("refuses a sheet whose header row lacks 参数 or 值", () => {
    expect(planParamWrites([["参数", "数值"]], { 扣分方式: "按比例" })).toEqual({ kind: "badHeaders" });
  });
});
