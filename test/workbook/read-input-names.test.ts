import { readInput } from "../../src/workbook/read-input";
import { BODY, BODY_STATS_HEADER, cleanWorkbook, places, problemAt, UNIT, withRows, workbook } from "./fixtures";

const REGION_HEADER = ["地区", "上级地区", "排名分组"];
const SUBJECT_HEADER = ["单位", "类型", "所属地区", "排名分组"];

describe("readInput: regions", () => {
  it("reports the later row's 地区 cell for a duplicate region", () => {
    const { problems, input } = readInput(withRows("地区", ["长春市", "吉林省", "市州"]));
    expect(places(problems)).toEqual(["error 地区!A5"]);
    expect(problems[0].message).toBe("地区“长春市”重复（第3行已有），地区名称应唯一");
    expect(input.regions.filter((r) => r.name === "长春市")).toHaveLength(1);
  });

  it("reports 上级地区 not defined in 地区", () => {
    const { problems } = readInput(withRows("地区", ["四平市", "吉林", "市州"]));
    expect(places(problems)).toEqual(["error 地区!B5"]);
    expect(problems[0].message).toContain("上级地区“吉林”未在“地区”表中定义");
  });

  it("reports a cycle once, at its first row's 上级地区 cell, listing its regions and cells", () => {
    const { problems, input } = readInput(
      workbook({
        地区: [REGION_HEADER, ["甲", "乙", null], ["乙", "丙", null], ["丙", "甲", null], ["丁", "甲", null], ["长春市", null, null]],
      }),
    );
    expect(places(problems)).toEqual(["error 地区!B2"]);
    expect(problems[0].message).toContain("共3个地区（甲（B2） → 乙（B3） → 丙（B4） → 甲）");
    expect(input.regions.map((r) => r.name)).toEqual(["丁", "长春市"]);
  });

  it("reports a region that is its own parent as a cycle", () => {
    const { problems } = readInput(withRows("地区", ["四平市", "四平市", null]));
    expect(places(problems)).toEqual(["error 地区!B5"]);
    expect(problems[0].message).toContain("四平市（B5） → 四平市");
  });

  it("reports a blank 地区 name when the row has other cells", () => {
    const { problems } = readInput(withRows("地区", [null, "吉林省", "市州"]));
    expect(places(problems)).toEqual(["error 地区!A5"]);
  });
});

describe("readInput: bodies and units", () => {
  it("reports the later row's 单位 cell for a duplicate unit", () => {
    const { problems } = readInput(withRows("单位", [UNIT, "承办单位", "长春市", null]));
    expect(places(problems)).toEqual(["error 单位!A5"]);
  });

  it("reports 所属地区 not defined in 地区", () => {
    const { problems } = readInput(withRows("单位", ["四平市公安局", "承办单位", "四平市", null]));
    expect(places(problems)).toEqual(["error 单位!C5"]);
  });

  it("reports a 类型 other than 管理机构/承办单位, and a blank one", () => {
    const { problems, input } = readInput(withRows("单位", ["甲局", "部门", null, null], ["乙局", null, null, null]));
    expect(places(problems)).toEqual(["error 单位!B5", "error 单位!B6"]);
    expect(problems[0].message).toBe("类型为“部门”，应为管理机构或承办单位");
    expect(input.subjects.map((s) => s.name)).not.toContain("甲局");
  });

  it("reports a 管理机构 without 所属地区", () => {
    const { problems } = readInput(withRows("单位", ["吉林省12345热线", "管理机构", null, null]));
    expect(places(problems)).toEqual(["error 单位!C5"]);
  });

  it("cites the free header cell when the 所属地区 column is absent and a 管理机构 needs it", () => {
    const { problems } = readInput(workbook({ 单位: [["单位", "类型"], [BODY, "管理机构"]] }));
    expect(places(problems)).toContainEqual("error 单位!C2");
  });

  it("reports the second body's 所属地区 when a region has two 管理机构", () => {
    const { problems } = readInput(withRows("单位", ["长春市政务服务中心", "管理机构", "长春市", null]));
    expect(places(problems)).toEqual(["error 单位!C5"]);
    expect(problems[0].message).toContain(`已有管理机构“${BODY}”（第2行）`);
  });

  it("warns about a 排名分组 on a 管理机构 and ignores it", () => {
    const sheets = workbook({ 单位: [SUBJECT_HEADER, [BODY, "管理机构", "长春市", "市州"], [UNIT, "承办单位", "长春市", null]] });
    const { problems, input } = readInput(sheets);
    expect(places(problems)).toEqual(["warning 单位!D2"]);
    expect(input.subjects[0].group).toBeNull();
  });
});

describe("readInput: names on statistics and ledger rows", () => {
  it("reports a 单位 not defined in 单位 on a statistics row", () => {
    const { problems } = readInput(withRows("受理统计", ["2026-03", "四平市热线", 1, 1, 1, 1]));
    expect(places(problems)).toEqual(["error 受理统计!B3"]);
    expect(problems[0].message).toBe("单位“四平市热线”未在“单位”表中定义，应为“单位”表中的单位名称");
  });

  it("reports a 单位 not defined in 单位 on a ledger row", () => {
    const { problems } = readInput(withRows("台账", ["2026-03", "某局", "群众表扬"]));
    expect(places(problems)).toEqual(["error 台账!B4"]);
  });

  it("reports a 承办单位 on 受理统计", () => {
    const { problems } = readInput(withRows("受理统计", ["2026-03", UNIT, 1, 1, 1, 1]));
    expect(places(problems)).toEqual(["error 受理统计!B3"]);
    expect(problems[0].message).toBe(`单位“${UNIT}”是承办单位，“受理统计”只填写管理机构`);
  });

  it("reports a 管理机构 on 办理统计", () => {
    const { problems } = readInput(withRows("办理统计", ["2026-03", BODY, 1, 1, 1, 1, 1, 1, 0, 1, 0, 1, 1]));
    expect(places(problems)).toEqual(["error 办理统计!B3"]);
  });

  it("reports the later row's 单位 cell for a duplicate (month, unit) row in 受理统计", () => {
    const { problems, input } = readInput(withRows("受理统计", ["2026/3", BODY, 1, 1, 1, 1]));
    expect(places(problems)).toEqual(["error 受理统计!B3"]);
    expect(input.bodyStats).toHaveLength(1);
  });

  it("reports the later row's 单位 cell for a duplicate (month, unit) row in 办理统计", () => {
    const { problems } = readInput(withRows("办理统计", ["2026年3月", UNIT, 1, 1, 1, 1, 1, 1, 0, 1, 0, 1, 1]));
    expect(places(problems)).toEqual(["error 办理统计!B3"]);
  });

  it("accepts the same unit in another month", () => {
    const { problems } = readInput(withRows("受理统计", ["2026-04", BODY, 1, 1, 1, 1]));
    expect(problems).toEqual([]);
  });

  it("reports a blank 单位 on a statistics row", () => {
    const { problems } = readInput(workbook({ 受理统计: [BODY_STATS_HEADER, ["2026-03", null, 1, 1, 1, 1]] }));
    expect(problemAt(problems, "受理统计", "B2").message).toBe("单位为空，应填写单位名称");
  });

  it("leaves rows of a unit with an invalid 类型 out without reporting them twice", () => {
    const sheets = cleanWorkbook();
    sheets.单位[2] = [UNIT, "局", "长春市", null];
    const { problems, input } = readInput(sheets);
    expect(places(problems)).toEqual(["error 单位!B3"]);
    expect(input.unitStats).toEqual([]);
  });
});
