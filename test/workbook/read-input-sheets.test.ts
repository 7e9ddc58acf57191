import { readInput } from "../../src/workbook/read-input";
import { BODY, BODY_STATS_HEADER, places, problemAt, workbook } from "./fixtures";

describe("readInput: sheets", () => {
  it("reports 地区!A1 when the required 地区 sheet is missing", () => {
    const { problems } = readInput(workbook({ 地区: undefined }));
    expect(problemAt(problems, "地区", "A1").severity).toBe("error");
    expect(problemAt(problems, "地区", "A1").message).toContain("缺少工作表“地区”");
  });

  it("reports 单位!A1 when the required 单位 sheet is missing, without cascading unit-name errors", () => {
    const { problems } = readInput(workbook({ 单位: undefined }));
    expect(places(problems)).toEqual(["error 单位!A1"]);
  });

  it("warns at 台账!A1 when there is no 台账 sheet, since every body then loses 推动治理", () => {
    const { problems } = readInput(workbook({ 台账: undefined }));
    expect(places(problems)).toEqual(["warning 台账!A1"]);
    expect(problems[0].message).toContain("推动治理");
  });

  it("reports each missing statistics sheet at its A1, naming it", () => {
    const { problems, rowCounts } = readInput(workbook({ 受理统计: undefined, 办理统计: undefined }));
    expect(places(problems)).toEqual(["error 受理统计!A1", "error 办理统计!A1"]);
    expect(problems[0].message).toContain("缺少工作表“受理统计”");
    expect(problems[1].message).toContain("缺少工作表“办理统计”");
    expect(Object.keys(rowCounts)).not.toContain("受理统计");
  });

  it("says nothing when the optional 参数 sheet is missing", () => {
    expect(readInput(workbook({ 参数: undefined })).problems).toEqual([]);
  });
});

describe("readInput: headers", () => {
  it("reports a missing required column at the first empty header cell", () => {
    const header = [...BODY_STATS_HEADER];
    header[2] = ""; // 诉求总量 removed, leaving a gap in C1
    const { problems, input } = readInput(workbook({ 受理统计: [header, ["2026-03", BODY, 1, 1, 1, 1]] }));
    expect(places(problems)).toEqual(["error 受理统计!C1"]);
    expect(problems[0].message).toBe("工作表“受理统计”缺少必填列“诉求总量”，应在第1行填写该列标题");
    expect(input.bodyStats).toEqual([]);
  });

  it("reports a missing required column just after the last header when there is no gap", () => {
    const { problems } = readInput(workbook({ 受理统计: [BODY_STATS_HEADER.slice(0, 5)] }));
    expect(places(problems)).toEqual(["error 受理统计!F1"]);
  });

  it("reports every missing column of an empty sheet at A1", () => {
    const { problems } = readInput(workbook({ 地区: [] }));
    expect(places(problems)).toEqual(["error 地区!A1"]);
  });

  it("warns about a repeated header and uses its first column", () => {
    const { problems, input } = readInput(
      workbook({ 受理统计: [[...BODY_STATS_HEADER, "诉求总量"], ["2026-03", BODY, 100, 90, 80, 70, 5]] }),
    );
    expect(places(problems)).toEqual(["warning 受理统计!G1"]);
    expect(input.bodyStats[0].counts.诉求总量).toBe(100);
  });

  it("treats an absent optional column as blank", () => {
    const { problems, input } = readInput(workbook({ 地区: [["地区"], ["吉林省"], ["长春市"], ["朝阳区"]] }));
    expect(problems).toEqual([]);
    expect(input.regions.every((r) => r.parent === null && r.group === null)).toBe(true);
  });
});
