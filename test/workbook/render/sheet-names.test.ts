import { isExcelSheetName, rankingSheetName, scoreSheetName } from "../../../src/workbook/render/sheet-names";
import { period } from "./fixtures";

describe("isExcelSheetName", () => {
  it("accepts the output names", () => {
    expect(isExcelSheetName("2026-03 承办单位得分")).toBe(true);
    expect(isExcelSheetName("计算说明")).toBe(true);
  });
  it("rejects names longer than 31 characters", () => {
    expect(isExcelSheetName("x".repeat(31))).toBe(true);
    expect(isExcelSheetName("x".repeat(32))).toBe(false);
  });
  it("rejects each of : \\ / ? * [ ] and an empty name", () => {
    for (const ch of [":", "\\", "/", "?", "*", "[", "]"]) expect(isExcelSheetName(`2026${ch}03`)).toBe(false);
    expect(isExcelSheetName("")).toBe(false);
  });
  it("rejects a leading or trailing apostrophe and the reserved name History", () => {
    expect(isExcelSheetName("'得分")).toBe(false);
    expect(isExcelSheetName("得分'")).toBe(false);
    expect(isExcelSheetName("history")).toBe(false);
  });
});

describe("sheet names", () => {
  it("prefix the period", () => {
    expect(scoreSheetName("2026-03", "body")).toBe("2026-03 管理机构得分");
    expect(rankingSheetName(period("2026Q4"))).toBe("2026Q4 季度排名");
    expect(rankingSheetName(period("2026"))).toBe("2026 年度考核");
    expect(rankingSheetName(period("2026-03"))).toBeNull();
  });
});
