/** Issue 12, classes 2, 5, 6 and 7 at the workbook level (every host runs these same checks). */
import { computeWorkbook } from "../../../src/workbook/compute";
import type { SheetGrids } from "../../../src/workbook/compute-types";
import { readInput } from "../../../src/workbook/read-input";
import { summarizeWorkbook } from "../../../src/workbook/read-input";
import { BODY, cleanWorkbook, LEDGER_HEADER, places, problemAt, UNIT, UNIT_STATS_HEADER, withRows, workbook } from "../fixtures";
import { GOLDEN_TICKETS } from "../tickets/golden-fixture";

const NOW = { now: new Date(Date.UTC(2026, 3, 1)), existingSheets: [] };
const errors = (problems: readonly { severity: string }[]) => problems.filter((p) => p.severity === "error");

/** The clean workbook with one sheet renamed. */
function renamed(from: string, to: string): SheetGrids {
  const sheets = cleanWorkbook();
  const { [from]: grid, ...rest } = sheets;
  return { ...rest, [to]: grid };
}

describe("class 2: statistics sheets by trimmed name, and missing ones", () => {
  it.each(["受理统计 ", " 受理统计", "\u3000受理统计\u3000"])("reads a sheet named %p as 受理统计", (name) => {
    const outcome = computeWorkbook(renamed("受理统计", name), "2026-03", NOW);
    expect(outcome.problems).toEqual([]);
    expect(outcome.ok).toBe(true);
    const exact = computeWorkbook(cleanWorkbook(), "2026-03", NOW);
    expect((outcome.json as any).managementBodies).toEqual((exact.json as any).managementBodies);
    expect((outcome.json as any).managementBodies[0].score).toBe(94.5); // RUBRIC §8: the row was read
  });

  it("cites a problem under the sheet's real name, so a host can find the cell", () => {
    const sheets = renamed("办理统计", "办理统计 ");
    (sheets["办理统计 "] as unknown[][])[1][3] = 999; // 及时签收工单量 > 转派工单总量
    const { problems } = readInput(sheets);
    expect(places(problems)).toEqual(["error 办理统计 !D2"]);
  });

  it("uses the exact name when a spaced twin exists, and warns at the twin's A1", () => {
    const sheets = { ...cleanWorkbook(), "受理统计 ": [["乱"]] };
    const { problems } = readInput(sheets);
    expect(places(problems)).toEqual(["warning 受理统计 !A1"]);
    expect(problems[0].message).toContain("已读取“受理统计”");
  });

  it("reports a missing 受理统计 at 受理统计!A1 and scores nothing", () => {
    const outcome = computeWorkbook(workbook({ 受理统计: undefined }), "2026-03", NOW);
    expect(outcome.ok).toBe(false);
    expect(places(outcome.problems)).toEqual(["error 受理统计!A1"]);
    expect(outcome.problems[0].message).toMatch(/^缺少工作表“受理统计”/);
  });

  it("reports a missing 办理统计 at 办理统计!A1", () => {
    const { problems } = readInput(workbook({ 办理统计: undefined }));
    expect(places(problems)).toEqual(["error 办理统计!A1"]);
    expect(problems[0].message).toContain("缺少工作表“办理统计”");
  });

  it("reports a sheet whose name hides a zero-width space as missing, and says why at that sheet", () => {
    const { problems } = readInput(renamed("受理统计", "受理统计\u200b"));
    expect(places(problems)).toEqual(["error 受理统计!A1", "warning 受理统计\u200b!A1"]);
    expect(problems[1].message).toBe("工作表名“受理统计\\u200B”含不可见字符，未作为“受理统计”读取；请将工作表重命名为“受理统计”");
  });

  it("reports a misnamed sheet as missing (受理统计表 is not 受理统计)", () => {
    const { problems } = readInput(renamed("受理统计", "受理统计表"));
    expect(places(problems)).toEqual(["error 受理统计!A1"]);
  });

  it("accepts missing statistics sheets when 工单明细 covers every month that has rows", () => {
    const sheets: SheetGrids = {
      地区: [["地区", "上级地区", "排名分组"], ["长春市", null, "市州"]],
      单位: [["单位", "类型", "所属地区", "排名分组"], [BODY, "管理机构", "长春市", null], [UNIT, "承办单位", "长春市", "市直部门"], ["长春市交通运输局", "承办单位", "长春市", "市直部门"]],
      台账: [LEDGER_HEADER, ["2026-03", BODY, "群众表扬"]],
      工单明细: GOLDEN_TICKETS,
    };
    const outcome = computeWorkbook(sheets, "2026-03", NOW);
    expect(errors(outcome.problems)).toEqual([]);
    expect(outcome.ok).toBe(true);
  });

  it("names the months 工单明细 does not cover when a statistics sheet is missing", () => {
    const sheets: SheetGrids = {
      地区: [["地区", "上级地区", "排名分组"], ["长春市", null, "市州"]],
      单位: [["单位", "类型", "所属地区", "排名分组"], [BODY, "管理机构", "长春市", null], [UNIT, "承办单位", "长春市", "市直部门"], ["长春市交通运输局", "承办单位", "长春市", "市直部门"]],
      受理统计: [["月份", "单位", "诉求总量", "及时受理诉求量", "工单办理总量", "及时派发工单量"]],
      台账: [LEDGER_HEADER, ["2026-01", BODY, "群众表扬"]],
      工单明细: GOLDEN_TICKETS,
    };
    const outcome = computeWorkbook(sheets, "2026-03", NOW);
    const missing = problemAt(outcome.problems, "办理统计", "A1");
    expect(missing.severity).toBe("error");
    expect(missing.message).toContain("工单明细未覆盖有数据的月份2026-01");
  });

  it("lists a spaced statistics sheet as found in the pane's summary", () => {
    expect(summarizeWorkbook(renamed("受理统计", "受理统计 ")).sheetsMissing).not.toContain("受理统计");
  });
});

describe("class 5: 月份 is a month only as text or a date cell", () => {
  it("reports a bare number such as 45992 at its cell, saying it is not a date", () => {
    const sheets = cleanWorkbook();
    (sheets["办理统计"] as unknown[][])[1][0] = 45992;
    const outcome = computeWorkbook(sheets, "2026-03", NOW);
    expect(outcome.ok).toBe(false);
    const p = problemAt(outcome.problems, "办理统计", "A2");
    expect(p.severity).toBe("error");
    expect(p.message).toBe("月份为数字45992，不是日期；应填写月份文本（如2026-03、2026年3月）或日期格式的单元格");
  });

  it("reads a date cell (as every host hands it over) as its month", () => {
    const sheets = cleanWorkbook();
    (sheets["办理统计"] as unknown[][])[1][0] = new Date("2026-03-01T00:00:00.000Z");
    (sheets["受理统计"] as unknown[][])[1][0] = new Date(Date.UTC(2026, 2, 31));
    const outcome = computeWorkbook(sheets, "2026-03", NOW);
    expect(outcome.problems).toEqual([]);
    expect((outcome.json as any).handlingUnits.map((u: any) => u.unit)).toContain(UNIT);
  });

  it("reports a bare number in 台账's 月份 too", () => {
    const { problems } = readInput(withRows("台账", [46082, BODY, "群众表扬"]));
    expect(problemAt(problems, "台账", "A4").message).toContain("月份为数字46082");
  });
});

describe("class 7: messages that say what is wrong", () => {
  it.each([
    [1e20, "100000000000000000000"],
    ["100000000000000000000", "“100000000000000000000”"],
    [Number.MAX_SAFE_INTEGER + 1, "9007199254740992"],
  ])("says a count of %p is too large, not that it is not a whole number", (value, shown) => {
    const sheets = cleanWorkbook();
    (sheets["受理统计"] as unknown[][])[1][2] = value;
    const p = problemAt(readInput(sheets).problems, "受理统计", "C2");
    expect(p.message).toBe(`诉求总量为${shown}，数值过大（超过9007199254740991），不可能是工单或诉求数量，请核对`);
  });

  it("still accepts 2^53 − 1 and still calls -1 not a count", () => {
    const sheets = cleanWorkbook();
    (sheets["办理统计"] as unknown[][])[1][2] = -1;
    const p = problemAt(readInput(sheets).problems, "办理统计", "C2");
    expect(p.message).toBe("转派工单总量为-1，应为不小于0的整数");
  });

  it("says a 台账 数量 is too large", () => {
    const { problems } = readInput(withRows("台账", ["2026-03", BODY, "知识库更新", null, 1e21]));
    expect(problemAt(problems, "台账", "E4").message).toContain("数值过大");
  });

  it("shows a zero-width space inside a unit name as \\u200B", () => {
    const name = "长春市住房\u200b和城乡建设局";
    const { problems } = readInput(withRows("办理统计", ["2026-03", name, 1, 1, 0, 0, 1, 1, 0, 1, 0, 1, 1]));
    const p = problemAt(problems, "办理统计", "B3");
    expect(p.message).toBe("单位“长春市住房\\u200B和城乡建设局”未在“单位”表中定义，应为“单位”表中的单位名称");
  });

  it.each([
    ["\u200c", "\\u200C"],
    ["\u200d", "\\u200D"],
    ["\u2060", "\\u2060"],
    ["\ufeff", "\\uFEFF"],
    ["\u0007", "\\u0007"],
  ])("shows %p inside a region name as %p", (ch, shown) => {
    const { problems } = readInput(withRows("单位", ["某局", "承办单位", `长春${ch}市`, null]));
    expect(problems.map((p) => p.message).join("\n")).toContain(`“长春${shown}市”`);
  });

  it("shows invisible characters in ticket messages too", () => {
    const sheets: SheetGrids = {
      ...cleanWorkbook(),
      工单明细: [["工单编号", "承办单位", "派单时间"], ["A1", "住建\u200b局", "2026-03-05 14:30"]],
    };
    const outcome = computeWorkbook(sheets, "2026-03", NOW);
    expect(outcome.problems.map((p) => p.message).join("\n")).toContain("住建\\u200B局");
  });

  it("warns at the first 台账 row of a month without any statistics row (2099-12)", () => {
    const sheets = withRows("台账", ["2099-12", BODY, "群众表扬"], ["2099-12", UNIT, "群众表扬"]);
    const outcome = computeWorkbook(sheets, "2026-03", NOW);
    expect(outcome.ok).toBe(true);
    expect(places(outcome.problems)).toEqual(["warning 台账!A4"]);
    expect(outcome.problems[0].message).toBe(
      "台账中月份为2099-12的有2行（此处为第一行），但受理统计、办理统计中没有该月的任何行：请核对月份是否填错；计算该月时各单位只按台账赋分",
    );
  });

  it("does not warn about a 台账 month that has statistics in only one sheet", () => {
    const sheets = workbook({ 受理统计: [["月份", "单位", "诉求总量", "及时受理诉求量", "工单办理总量", "及时派发工单量"]] });
    sheets["办理统计"] = [UNIT_STATS_HEADER, ["2026-03", UNIT, 400, 372, 20, 18, 380, 361, 57, 400, 48, 300, 279]];
    expect(readInput(sheets).problems).toEqual([]);
  });

  it("reports a repeated 工单明细 row at the later row's 工单编号 cell and counts it once", () => {
    const row = ["T1", UNIT, "2026-03-05 14:30"];
    const sheets: SheetGrids = {
      ...cleanWorkbook(),
      工单明细: [["工单编号", "承办单位", "派单时间"], row, ["T2", UNIT, "2026-03-05 15:00"], [...row]],
    };
    const outcome = computeWorkbook(sheets, "2026-03", NOW);
    const p = problemAt(outcome.problems, "工单明细", "A4");
    expect(p.severity).toBe("error");
    expect(p.message).toBe("工单编号「T1」重复：与第2行的工单编号、承办单位、派单时间都相同，同一次派单只能有一行；本行未计入");
    expect(outcome.ok).toBe(false);
  });

  it("keeps a ticket re-dispatched to another unit (two rows, one 工单编号) without an error", () => {
    const sheets: SheetGrids = {
      ...cleanWorkbook(),
      单位: [...(cleanWorkbook()["单位"] as unknown[][]), ["长春市交通运输局", "承办单位", "长春市", "市直部门"]],
      工单明细: [["工单编号", "承办单位", "派单时间"], ["T1", UNIT, "2026-03-05 14:30"], ["T1", "长春市交通运输局", "2026-03-06 09:00"]],
    };
    const outcome = computeWorkbook(sheets, "2026-03", NOW);
    expect(outcome.problems.filter((p) => p.sheet === "工单明细" && p.col === 0)).toEqual([]);
  });
});

describe("class 6: ticket times in Chinese", () => {
  it.each(["2026年3月5日 9时00分", "2026年3月5日 9时30分", "2026年3月5日 9时", "2026年3月5日 9时00分00秒"])(
    "accepts a 派单时间 of %p",
    (time) => {
      const sheets: SheetGrids = { ...cleanWorkbook(), 工单明细: [["工单编号", "承办单位", "派单时间"], ["T1", UNIT, time]] };
      const outcome = computeWorkbook(sheets, "2026-03", NOW);
      expect(outcome.problems.filter((p) => p.sheet === "工单明细" && p.severity === "error")).toEqual([]);
    },
  );
});
