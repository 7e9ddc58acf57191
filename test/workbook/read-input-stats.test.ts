import { readInput } from "../../src/workbook/read-input";
import { BODY, BODY_STATS_HEADER, cleanWorkbook, places, problemAt, PROVINCIAL_UNIT, UNIT, UNIT_STATS_HEADER, withRows, workbook } from "./fixtures";

/** The clean workbook with one cell of a statistics data row (row 2) replaced. */
function withCell(sheet: "受理统计" | "办理统计", header: string, value: unknown) {
  const sheets = cleanWorkbook();
  const headerRow = sheet === "受理统计" ? BODY_STATS_HEADER : UNIT_STATS_HEADER;
  const row = [...sheets[sheet][1]];
  row[headerRow.indexOf(header)] = value;
  sheets[sheet] = [headerRow, row];
  return sheets;
}

describe("readInput: counts", () => {
  it("reports a blank count as an error, not a zero", () => {
    const { problems, input } = readInput(withCell("受理统计", "诉求总量", null));
    expect(places(problems)).toEqual(["error 受理统计!C2"]);
    expect(problems[0].message).toBe("诉求总量为空，应填写不小于0的整数");
    expect(input.bodyStats).toEqual([]);
  });

  it("turns a blank count into null in a month the ticket export covers", () => {
    const { problems, input } = readInput(withCell("受理统计", "诉求总量", " "), { coveredMonths: new Set(["2026-03"]) });
    expect(problems).toEqual([]);
    expect(input.bodyStats[0].counts.诉求总量).toBeNull();
    expect(input.bodyStats[0].counts.及时受理诉求量).toBe(9300);
  });

  it("still reports a blank count in a month the ticket export does not cover", () => {
    const { problems } = readInput(withCell("办理统计", "满意工单量", null), { coveredMonths: new Set(["2026-02"]) });
    expect(places(problems)).toEqual(["error 办理统计!M2"]);
  });

  it.each([
    [1.5, "1.5"],
    [-1, "-1"],
    ["abc", "“abc”"],
    [true, "TRUE"],
  ])("reports the count %p, naming what was found", (value, found) => {
    const { problems } = readInput(withCell("办理统计", "工单退回总量", value));
    expect(places(problems)).toEqual(["error 办理统计!E2"]);
    expect(problems[0].message).toBe(`工单退回总量为${found}，应为不小于0的整数`);
  });

  it("reports a blank or unreadable 月份 on its cell", () => {
    expect(places(readInput(withCell("受理统计", "月份", null)).problems)).toEqual(["error 受理统计!A2"]);
    const { problems } = readInput(withCell("受理统计", "月份", "2026.03"));
    expect(problemAt(problems, "受理统计", "A2").message).toContain("月份为“2026.03”");
  });
});

describe("readInput: numerators within their denominators", () => {
  it.each([
    ["受理统计", "及时受理诉求量", 10001, "D2", "及时受理诉求量(10001)大于诉求总量(10000)"],
    ["受理统计", "及时派发工单量", 8001, "F2", "及时派发工单量(8001)大于工单办理总量(8000)"],
    ["办理统计", "及时签收工单量", 401, "D2", "及时签收工单量(401)大于转派工单总量(400)"],
    ["办理统计", "及时退回工单量", 21, "F2", "及时退回工单量(21)大于工单退回总量(20)"],
    ["办理统计", "按时办结工单量", 381, "H2", "按时办结工单量(381)大于办结工单总量(380)"],
    ["办理统计", "红牌警告工单量", 401, "K2", "红牌警告工单量(401)大于办理工单总量(400)"],
    ["办理统计", "满意工单量", 301, "M2", "满意工单量(301)大于满意度参评工单量(300)"],
    ["办理统计", "延期办结工单量", 761, "I2", "延期办结工单量(761)大于办结工单总量(380)的2倍(760)"],
    ["办理统计", "满意度参评工单量", 381, "L2", "满意度参评工单量(381)大于办结工单总量(380)"],
  ] as const)("reports %s %s above its denominator on the numerator's cell", (sheet, field, value, cell, message) => {
    const { problems } = readInput(withCell(sheet, field, value));
    expect(places(problems)).toEqual([`error ${sheet}!${cell}`]);
    expect(problems[0].message).toBe(message);
  });

  it("accepts 延期办结工单量 of exactly twice 办结工单总量 (two extensions per ticket)", () => {
    expect(readInput(withCell("办理统计", "延期办结工单量", 760)).problems).toEqual([]);
  });

  it("skips a check whose denominator is null in a covered month", () => {
    const sheets = workbook({ 受理统计: [BODY_STATS_HEADER, ["2026-03", BODY, null, 9300, 8000, 7480]] });
    const { problems, input } = readInput(sheets, { coveredMonths: new Set(["2026-03"]) });
    expect(problems).toEqual([]);
    expect(input.bodyStats[0].counts.诉求总量).toBeNull();
  });

  it("does not compare against a count that is itself invalid", () => {
    const sheets = workbook({ 办理统计: [UNIT_STATS_HEADER, ["2026-03", UNIT, "四百", 372, 20, 18, 380, 361, 57, 400, 48, 300, 279]] });
    expect(places(readInput(sheets).problems)).toEqual(["error 办理统计!C2"]);
  });
});

describe("readInput: one statistics row per subject and month", () => {
  const unitRow = (month: string, name: string) => [month, name, 400, 372, 20, 18, 380, 361, 57, 400, 48, 300, 279];

  it("reports every repeat of a (month, 单位) pair at its 单位 cell, naming the first row, and keeps the first", () => {
    const { problems, input } = readInput(withRows("办理统计",
      unitRow("2026-04", UNIT), // another month: no repeat
      unitRow("2026-03", UNIT), // row 4 repeats row 2
      unitRow("2026-03", PROVINCIAL_UNIT),
      unitRow("2026-03", UNIT), // row 6 repeats row 2 again
      unitRow("2026-04", PROVINCIAL_UNIT)));
    expect(places(problems)).toEqual(["error 办理统计!B4", "error 办理统计!B6"]);
    expect(problems[0].message).toBe(`单位“${UNIT}”在2026-03已有统计行（第2行），每个单位每月只能有一行`);
    expect(problems[1].message).toBe(`单位“${UNIT}”在2026-03已有统计行（第2行），每个单位每月只能有一行`);
    expect(input.unitStats.map((r) => [r.month, r.subject, r.source?.row])).toEqual([
      ["2026-03", UNIT, 2], ["2026-04", UNIT, 3], ["2026-03", PROVINCIAL_UNIT, 5], ["2026-04", PROVINCIAL_UNIT, 7],
    ]);
  });

  it("tells the two statistics sheets apart: the same month and name on each is not a repeat", () => {
    const { problems } = readInput(withRows("受理统计", ["2026-04", BODY, 10000, 9300, 8000, 7480]));
    expect(problems).toEqual([]);
  });
});
