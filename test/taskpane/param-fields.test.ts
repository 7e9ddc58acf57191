import { paramFields, weightsAddUp } from "../../src/taskpane/param-fields";
import { PARAM_SPECS } from "../../src/engine/params";

describe("paramFields", () => {
  it("has a field for every parameter, blank meaning the default", () => {
    const fields = paramFields({});
    expect(fields.map((f) => f.spec.name)).toEqual(PARAM_SPECS.map((s) => s.name));
    expect(fields.every((f) => f.text === "" && f.error === null)).toBe(true);
  });

  it("says what is expected for a value the compute would refuse", () => {
    const fields = paramFields({ 接通率扣分上限: "25", 扣分方式: "按比例" });
    expect(fields.find((f) => f.spec.name === "接通率扣分上限")!.error).toBe("0到20之间的数");
    expect(fields.find((f) => f.spec.name === "扣分方式")!.error).toBeNull();
  });
});

describe("weightsAddUp", () => {
  it("accepts weights adding up to 1, blanks counting at their defaults", () => {
    expect(weightsAddUp(paramFields({}))).toBe(true);
    expect(weightsAddUp(paramFields({ 管理机构权重: "0.5", 承办单位权重: "0.50" }))).toBe(true);
  });

  it("refuses weights that do not add up to 1, and does not judge invalid ones", () => {
    expect(weightsAddUp(paramFields({ 管理机构权重: "0.5" }))).toBe(false);
    expect(weightsAddUp(paramFields({ 管理机构权重: "abc" }))).toBeNull();
  });
});
