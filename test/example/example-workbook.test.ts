import { LEDGER_CATALOGUE } from "../../src/engine/ledger-catalogue";
import { PARAM_SPECS } from "../../src/engine/params";
import { BODY_COUNT_FIELDS, UNIT_COUNT_FIELDS } from "../../src/engine/types";
import { EXAMPLE_MONTHS, exampleSheets } from "../../src/example/example-workbook";
import { computeWorkbook } from "../../src/workbook/compute";
import { INPUT_SHEETS } from "../../src/workbook/sheets";

const sheets = exampleSheets();
/** Rows of a sheet as header → value records. */
function records(name: string): Record<string, any>[] {
  const [headers, ...rows] = sheets[name];
  return rows.map((row) => Object.fromEntries((headers as string[]).map((h, c) => [h, row[c] ?? null])));
}
const regions = records("地区");
const subjects = records("单位");
const bodyStats = records("受理统计");
const unitStats = records("办理统计");
const ledger = records("台账");

describe("exampleSheets", () => {
  it("is pure and deterministic: two calls give the same grids", () => {
    expect(exampleSheets()).toEqual(sheets);
  });

  it("uses exactly the header texts of the sheet contract", () => {
    for (const spec of INPUT_SHEETS.filter((s) => sheets[s.name])) {
      expect((sheets[spec.name][0] as string[]).slice(0, spec.columns.length)).toEqual(spec.columns.map((c) => c.header));
    }
    expect(Object.keys(sheets)).toEqual(["地区", "单位", "受理统计", "办理统计", "台账", "参数"]);
  });

  it("has Jilin's nine prefecture-level divisions as 市州 and counties under some of them as 县市区", () => {
    const cities = regions.filter((r) => r.上级地区 === null).map((r) => r.地区);
    expect(cities).toEqual(["长春市", "吉林市", "四平市", "辽源市", "通化市", "白山市", "松原市", "白城市", "延边朝鲜族自治州"]);
    expect(regions.filter((r) => r.上级地区 === null).every((r) => r.排名分组 === "市州")).toBe(true);
    const counties = regions.filter((r) => r.上级地区 !== null);
    expect(counties.length).toBeGreaterThanOrEqual(5);
    expect(counties.every((r) => r.排名分组 === "县市区" && cities.includes(r.上级地区))).toBe(true);
    expect(counties.filter((r) => r.上级地区 === "长春市").map((r) => r.地区)).toEqual(["朝阳区", "南关区", "九台区"]);
  });

  it("gives every region exactly one 管理机构", () => {
    const bodies = subjects.filter((s) => s.类型 === "管理机构");
    expect(bodies.map((b) => b.所属地区).sort()).toEqual(regions.map((r) => r.地区).sort());
    expect(bodies.find((b) => b.所属地区 === "长春市")?.单位).toBe("长春市12345热线管理中心");
  });

  it("has municipal and county units, some ranked, and 省直部门 without a region", () => {
    const units = subjects.filter((s) => s.类型 === "承办单位");
    const province = units.filter((u) => u.所属地区 === null);
    expect(province.length).toBeGreaterThanOrEqual(3);
    expect(province.every((u) => u.排名分组 === "省直部门")).toBe(true);
    const groups = new Set(units.map((u) => u.排名分组));
    expect(groups).toEqual(new Set(["市直部门", "县直部门", "省直部门", null]));
  });

  it("has statistics for 2026-01 to 2026-03 whose numerators never exceed their denominators", () => {
    expect([...new Set([...bodyStats, ...unitStats].map((r) => r.月份))].sort()).toEqual([...EXAMPLE_MONTHS]);
    for (const r of bodyStats) {
      expect(r.及时受理诉求量).toBeLessThanOrEqual(r.诉求总量);
      expect(r.及时派发工单量).toBeLessThanOrEqual(r.工单办理总量);
    }
    for (const r of unitStats) {
      expect(r.及时签收工单量).toBeLessThanOrEqual(r.转派工单总量);
      expect(r.及时退回工单量).toBeLessThanOrEqual(r.工单退回总量);
      expect(r.按时办结工单量).toBeLessThanOrEqual(r.办结工单总量);
      expect(r.延期办结工单量).toBeLessThanOrEqual(2 * r.办结工单总量);
      expect(r.红牌警告工单量).toBeLessThanOrEqual(r.办理工单总量);
      expect(r.满意工单量).toBeLessThanOrEqual(r.满意度参评工单量);
      expect(r.满意度参评工单量).toBeLessThanOrEqual(r.办结工单总量);
    }
    for (const r of [...bodyStats, ...unitStats]) {
      for (const f of [...BODY_COUNT_FIELDS, ...UNIT_COUNT_FIELDS]) if (f in r) expect(Number.isInteger(r[f])).toBe(true);
    }
  });

  it("has one unit with no tickets at all in one month", () => {
    const idle = unitStats.filter((r) => UNIT_COUNT_FIELDS.every((f) => r[f] === 0));
    expect(idle).toHaveLength(1);
  });

  it("uses every 事项 of the ledger catalogue, for bodies and for units", () => {
    const kindOf = new Map(subjects.map((s) => [s.单位, s.类型 === "管理机构" ? "body" : "unit"]));
    for (const kind of ["body", "unit"] as const) {
      const used = new Set(ledger.filter((r) => kindOf.get(r.单位) === kind).map((r) => r.事项));
      expect([...used].sort()).toEqual(LEDGER_CATALOGUE[kind].map((i) => i.name).sort());
    }
  });

  it("has levels, 同一事项 keys, 分值 and one row whose 审核 is 不通过", () => {
    expect(new Set(ledger.map((r) => r.级别).filter(Boolean))).toEqual(new Set(["国家级", "省级", "市级", "县级"]));
    expect(ledger.filter((r) => r.同一事项 !== null).length).toBeGreaterThanOrEqual(4);
    expect(ledger.filter((r) => r.分值 !== null).every((r) => r.事项 === "专题任务")).toBe(true);
    expect(ledger.filter((r) => r.审核 === "不通过")).toHaveLength(1);
  });

  it("lists every parameter at its default in 参数", () => {
    expect(records("参数").map((r) => [r.参数, r.值])).toEqual(PARAM_SPECS.map((s) => [s.name, s.defaultText]));
  });

  it.each(["2026-01", "2026-02", "2026-03", "2026Q1"])("validates without a single problem for %s", (period) => {
    const outcome = computeWorkbook(sheets, period, { now: new Date(0), existingSheets: [] });
    expect(outcome.problems).toEqual([]);
    expect(outcome.ok).toBe(true);
  });
});
