import { readInput } from "../../src/workbook/read-input";
import { places, workbook } from "./fixtures";

/** Reads the clean workbook with a 参数 sheet of these rows (data from sheet row 2). */
function withParams(...rows: unknown[][]) {
  return readInput(workbook({ 参数: [["参数", "值"], ...rows] }));
}

describe("readInput: 参数", () => {
  it("reads every parameter, from text or number cells", () => {
    const { problems, input } = withParams(
      ["接通率扣分上限", 20],
      ["扣分方式", "按整百分点"],
      ["国家级通报批评上限", "5"],
      ["承办单位汇总", "按转派量加权"],
      ["管理机构权重", 0.5],
      ["承办单位权重", "0.5"],
    );
    expect(problems).toEqual([]);
    const p = input.params;
    expect([p.answerRateCap.toString(), p.deductionMode, p.nationalCriticismCap?.toString(), p.unitAggregation]).toEqual([
      "20",
      "wholePoints",
      "5",
      "weightedByDispatched",
    ]);
    expect(p.bodyWeight.plus(p.unitWeight).toString()).toBe("1");
  });

  it("reads 国家级通报批评上限 = 无 as no cap", () => {
    expect(withParams(["国家级通报批评上限", "无"]).input.params.nationalCriticismCap).toBeNull();
  });

  it("uses the default for a blank value", () => {
    const { problems, input } = withParams(["接通率扣分上限", null], ["扣分方式", " "]);
    expect(problems).toEqual([]);
    expect(input.params.answerRateCap.toString()).toBe("15");
    expect(input.params.deductionMode).toBe("proportional");
  });

  it("warns about an unknown parameter name on its 参数 cell", () => {
    const { problems } = withParams(["满意率门槛", 90]);
    expect(places(problems)).toEqual(["warning 参数!A2"]);
    expect(problems[0].message).toContain("未知参数“满意率门槛”");
  });

  it.each([
    ["接通率扣分上限", 25, "参数“接通率扣分上限”的值为25，应为0到20之间的数"],
    ["扣分方式", "按比", "参数“扣分方式”的值为“按比”，应为按比例或按整百分点"],
    ["国家级通报批评上限", -1, "参数“国家级通报批评上限”的值为-1，应为不小于0的数"],
    ["管理机构权重", "0.4x", "参数“管理机构权重”的值为“0.4x”，应为0到1之间的数"],
  ])("reports the invalid value of %s on its 值 cell", (name, value, message) => {
    const { problems } = withParams([name, value]);
    expect(places(problems)).toEqual(["error 参数!B2"]);
    expect(problems[0].message).toBe(message);
  });

  it("reports weights not adding up to 1 on the 承办单位权重 value cell", () => {
    const { problems } = withParams(["承办单位权重", 0.7], ["管理机构权重", 0.4]);
    expect(places(problems)).toEqual(["error 参数!B2"]);
    expect(problems[0].message).toBe("管理机构权重(0.4)与承办单位权重(0.7)之和为1.1，应等于1");
  });

  it("cites the 管理机构权重 value cell when there is no 承办单位权重 row", () => {
    const { problems } = withParams(["扣分方式", "按比例"], ["管理机构权重", 0.5]);
    expect(places(problems)).toEqual(["error 参数!B3"]);
  });

  it("reports a parameter given twice on the later row", () => {
    const { problems } = withParams(["扣分方式", "按比例"], ["扣分方式", "按整百分点"]);
    expect(places(problems)).toEqual(["error 参数!A3"]);
  });

  it("warns about a value without a parameter name", () => {
    expect(places(withParams([null, 0.4]).problems)).toEqual(["warning 参数!A2"]);
  });

  it("reports a missing 值 column and keeps the defaults", () => {
    const { problems, input } = readInput(workbook({ 参数: [["参数"], ["接通率扣分上限"]] }));
    expect(places(problems)).toEqual(["error 参数!B1"]);
    expect(input.params.answerRateCap.toString()).toBe("15");
  });
});
