import { readInput } from "../../src/workbook/read-input";
import { BODY, BODY_STATS_HEADER, cleanWorkbook, LEDGER_HEADER, places, problemAt, UNIT, workbook } from "./fixtures";

describe("readInput on a clean workbook", () => {
  const result = readInput(cleanWorkbook());

  it("reports no problem", () => {
    expect(places(result.problems)).toEqual([]);
  });
  it("reads regions with parents and groups, blank as null", () => {
    expect(result.input.regions.map((r) => [r.name, r.parent, r.group])).toEqual([
      ["吉林省", null, null],
      ["长春市", "吉林省", "市州"],
      ["朝阳区", "长春市", "县市区"],
    ]);
  });
  it("reads bodies and units with their kind, region and group", () => {
    expect(result.input.subjects.map((s) => [s.name, s.kind, s.region, s.group])).toEqual([
      [BODY, "body", "长春市", null],
      [UNIT, "unit", "长春市", "市直部门"],
      ["省教育厅", "unit", null, null],
    ]);
  });
  it("reads statistics counts by header and cites the 1-based source row", () => {
    const [body] = result.input.bodyStats;
    expect(body.counts).toEqual({ 诉求总量: 10000, 及时受理诉求量: 9300, 工单办理总量: 8000, 及时派发工单量: 7480 });
    expect(body.source).toEqual({ sheet: "受理统计", row: 2 });
    expect(result.input.unitStats[0].counts.延期办结工单量).toBe(57);
  });
  it("reads ledger rows: level, same-matter key, exact 分值 text, blank 数量 as 1, 说明 as note", () => {
    const [praise, task] = result.input.ledger;
    expect(praise).toMatchObject({ item: "通报表彰", level: "省级", quantity: 1, sameMatter: "A", points: null, note: "省政府通报" });
    expect(task).toMatchObject({ item: "专题任务", level: null, quantity: 1, points: "2", rejected: false, note: "" });
  });
  it("uses default parameters when there is no 参数 sheet", () => {
    expect(result.input.params.bodyWeight.toString()).toBe("0.4");
    expect(result.input.params.deductionMode).toBe("proportional");
  });
  it("counts data rows per sheet found, lists months and header columns", () => {
    expect(result.rowCounts).toEqual({ 地区: 3, 单位: 3, 受理统计: 1, 办理统计: 1, 台账: 2 });
    expect(result.months).toEqual(["2026-03"]);
    expect(result.columns.受理统计.及时派发工单量).toBe(5);
    expect(result.columns.台账.说明).toBe(8);
  });
});

describe("readInput finds columns by header text", () => {
  it("reads columns in any order, ignores extra columns and trims full-width spaces", () => {
    const sheets = workbook({
      受理统计: [
        ["备注", "\u3000工单办理总量 ", "单位", "及时派发工单量", "月份", "诉求总量", "及时受理诉求量"],
        ["手工核对", "8000", `\u3000${BODY}\u3000`, 7480, "2026年3月", 10000, " 9300 "],
      ],
    });
    const { input, problems, columns } = readInput(sheets);
    expect(places(problems)).toEqual([]);
    expect(input.bodyStats[0]).toMatchObject({
      month: "2026-03",
      subject: BODY,
      counts: { 诉求总量: 10000, 及时受理诉求量: 9300, 工单办理总量: 8000, 及时派发工单量: 7480 },
    });
    expect(columns.受理统计).toEqual({ 工单办理总量: 1, 单位: 2, 及时派发工单量: 3, 月份: 4, 诉求总量: 5, 及时受理诉求量: 6 });
  });

  it("skips blank rows silently and still cites real row numbers", () => {
    const sheets = workbook({
      受理统计: [BODY_STATS_HEADER, [null, "  ", "\u3000"], [], ["2026-03", BODY, 10, 11, 5, 5]],
    });
    const { problems, rowCounts } = readInput(sheets);
    expect(places(problems)).toEqual(["error 受理统计!D4"]);
    expect(rowCounts.受理统计).toBe(1);
  });

  it("reads every 月份 form: text variants and Date cells (any day of the month)", () => {
    const months: unknown[] = ["2026-01", "2026-2", "2026年3月", "2026年04月", "2026/5", "2026/06", new Date(Date.UTC(2026, 6, 15)), new Date(Date.UTC(2026, 7, 1))];
    const sheets = workbook({
      台账: [LEDGER_HEADER, ...months.map((m) => [m, BODY, "群众表扬", null, null, null, null, null, null])],
    });
    const { input, months: found, problems } = readInput(sheets);
    expect(places(problems.filter((p) => p.severity === "error"))).toEqual([]);
    expect(input.ledger.map((e) => e.month)).toEqual([
      "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08",
    ]);
    expect(found).toEqual(["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08"]);
  });

  it("sorts problems by sheet order, then row, then column", () => {
    const sheets = workbook({
      台账: [LEDGER_HEADER, ["2026-03", BODY, "不存在的事项"]],
      受理统计: [BODY_STATS_HEADER, ["2026-03", BODY, -1, "x", 5, 5], ["三月", BODY, 1, 1, 1, 1]],
      地区: [["地区", "上级地区"], ["长春市", "吉林省"]],
    });
    const { problems } = readInput(sheets);
    const order = places(problems);
    expect(order).toEqual([...order].sort((a, b) => rank(a) - rank(b)));
    expect(order[0]).toBe("error 地区!B2");
    expect(problemAt(problems, "受理统计", "C2").message).toBe("诉求总量为-1，应为不小于0的整数");
  });
});

const SHEET_RANK = ["地区", "单位", "受理统计", "办理统计", "台账", "参数"];
function rank(place: string): number {
  const [, ref] = place.split(" ");
  const [sheet, cell] = ref.split("!");
  const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
  return SHEET_RANK.indexOf(sheet) * 1e6 + Number(m[2]) * 100 + (m[1].charCodeAt(0) - 64);
}
