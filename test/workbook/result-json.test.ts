import { d } from "../../src/engine/decimal";
import type { Problem } from "../../src/workbook/problem";
import type { MonthResultJson, PeriodResultJson } from "../../src/workbook/result-json";
import { groupedItems, resultJson } from "../../src/workbook/result-json";
import { BODY, HOUSING, IDLE, IDLE_NOTE, WATER, monthResult, period, quarterResult, workedUnit } from "./render/fixtures";

const WARNING: Problem = { severity: "warning", sheet: "台账", row: 6, col: 2, message: "未知事项" };

describe("resultJson for a month", () => {
  const json = resultJson(monthResult(), [WARNING]) as MonthResultJson;

  it("has the fixed top-level fields", () => {
    expect(Object.keys(json)).toEqual(["period", "kind", "managementBodies", "handlingUnits", "regions", "problems"]);
    expect(json.period).toBe("2026-03");
  });

  it("reports the §8 body with final 94.5, rank null and M-items grouped", () => {
    expect(json.managementBodies[0]).toEqual({
      unit: BODY.name,
      region: "长春市",
      score: 94.5,
      rank: null,
      previous: null,
      rankChange: null,
      base: 86.5,
      bonus: 10.5,
      penalty: 2.5,
      items: { M1: 19, M2: 18.5, M3: 30, M4: 10, M5: 9 },
      participating: true,
      note: null,
      hints: [],
    });
  });

  it("reports the §8 unit with U-items 13, 5, 24, 8, 18, 4, 5, 8 and final 84.9", () => {
    const unit = json.handlingUnits.find((u) => u.unit === HOUSING.name)!;
    expect(unit.items).toEqual({ U1: 13, U2: 5, U3: 24, U4: 8, U5: 18, U6: 4, U7: 5, U8: 8 });
    expect([unit.score, unit.base, unit.bonus, unit.penalty]).toEqual([84.9, 85, 2.4, 2.5]);
    expect([unit.group, unit.rank]).toEqual(["市直部门", 2]);
  });

  it("lists every scored unit, the non-participating one flagged with its note", () => {
    expect(json.handlingUnits).toHaveLength(4);
    const idle = json.handlingUnits.find((u) => u.unit === IDLE.name)!;
    expect(idle.participating).toBe(false);
    expect(idle.note).toBe(IDLE_NOTE);
    expect(idle.rank).toBeNull();
  });

  it("reports the region composite 93.27 from 94.5 and 92.45", () => {
    const region = json.regions.find((r) => r.region === "长春市")!;
    expect(region).toMatchObject({ group: "市州", score: 93.27, bodyScore: 94.5, unitsScore: 92.45, rank: 1 });
    const blank = json.regions.find((r) => r.region === "吉林市")!;
    expect(blank.score).toBeNull();
    expect(blank.note).toBe("本月无管理机构得分");
  });

  it("gives each problem's cell without the sheet", () => {
    expect(json.problems).toEqual([{ severity: "warning", sheet: "台账", cell: "C7", message: "未知事项" }]);
  });

  it("writes numbers as JSON numbers, not text", () => {
    expect(JSON.stringify(json)).toContain('"score":94.5,');
    expect(JSON.stringify(json)).not.toContain('"94.50"');
  });

  it("lists nothing for a month without data, keeping the shape", () => {
    const empty = resultJson({ ...monthResult("2026-05"), months: [] }, []) as MonthResultJson;
    expect(empty).toMatchObject({ period: "2026-05", managementBodies: [], handlingUnits: [], regions: [] });
  });
});

describe("resultJson for a quarter", () => {
  const json = resultJson(quarterResult(), []) as PeriodResultJson;

  it("gives the period score, the monthly scores that count and the months missing, without items", () => {
    const unit = json.handlingUnits.find((u) => u.unit === HOUSING.name)!;
    expect(unit).toEqual({
      unit: HOUSING.name,
      region: "长春市",
      group: "市直部门",
      score: 84.9,
      rank: 2,
      previous: null,
      rankChange: null,
      months: { "2026-01": 84.9, "2026-03": 84.9 },
      missing: ["2026-02"],
      note: null,
    });
    expect(Object.keys(unit.months)).toEqual(["2026-01", "2026-03"]);
  });

  it("gives score null with the reason where it cannot be computed", () => {
    const idle = json.handlingUnits.find((u) => u.unit === IDLE.name)!;
    expect(idle.score).toBeNull();
    expect(idle.months).toEqual({});
    expect(idle.note).toBe("本期无工单办理，不参与排名");
  });

  it("reports bodies unranked and regions with their group", () => {
    expect(json.managementBodies[0]).toMatchObject({ unit: BODY.name, score: 94.5, rank: null });
    expect(json.regions.find((r) => r.region === "长春市")).toMatchObject({ group: "市州", score: 93.27, rank: 1 });
    expect(json.handlingUnits.find((u) => u.unit === WATER.name)?.rank).toBe(1);
  });

  it("adds the month-level document of each month with data, in month order, only with withMonths", () => {
    expect(json.kind).toBe("quarter");
    expect(json).not.toHaveProperty("monthly");
    const withMonths = resultJson(quarterResult(), [], { withMonths: true }) as PeriodResultJson;
    expect(withMonths.monthly!.map((m) => m.period)).toEqual(["2026-01", "2026-03"]);
    expect(withMonths.monthly![1].managementBodies[0].items.M3).toBe(30);
    expect(withMonths.monthly![0]).not.toHaveProperty("problems");
  });

  it("marks a year as such", () => {
    const year = resultJson({ ...quarterResult(), period: period("2026") }, []) as PeriodResultJson;
    expect([year.period, year.kind]).toEqual(["2026", "year"]);
  });
});

describe("groupedItems", () => {
  it("adds sub-items as decimals, so 0.1 + 0.2 is exactly 0.3", () => {
    const tenths: Record<string, string> = { U8a: "0.1", U8b: "0.2" };
    const items = workedUnit().items.map((i) => (tenths[i.code] ? { ...i, score: d(tenths[i.code]) } : i));
    expect(groupedItems(items).U8).toBe(0.3);
  });
});
