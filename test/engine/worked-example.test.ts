import { parsePeriod } from "../../src/engine/period";
import { scorePeriod } from "../../src/engine/score-period";
import { workedExample } from "./builders";

const s = (x: { toFixed(n: number): string }) => x.toFixed(2);

describe("RUBRIC.md §8 worked example (2026-03, 长春市)", () => {
  const result = scorePeriod(workedExample(), parsePeriod("2026-03")!);
  const month = result.months[0];
  const body = month.bodies[0];
  const unit = month.units.find((u) => u.subject.name === "长春市住房和城乡建设局")!;
  const items = (r: typeof body) => Object.fromEntries(r.items.map((i) => [i.code, s(i.score)]));

  it("scores the body's items M1 19.00, M2 18.50, M3 30, M4 10, M5 9", () => {
    expect(items(body)).toEqual({
      M1: "19.00", M2: "18.50", M3a: "13.00", M3b: "2.00", M3c: "15.00", M4: "10.00", M5a: "4.00", M5b: "5.00",
    });
  });

  it("gives the body base 86.50, bonus 10.50, penalty 2.50, final 94.50", () => {
    expect([s(body.base), s(body.bonus), s(body.penalty), s(body.final)]).toEqual(["86.50", "10.50", "2.50", "94.50"]);
  });

  it("explains the 接通率 deduction in the words of WORKBOOK.md", () => {
    expect(body.items[0].explanation).toBe("接通率93.00%，低于95%的2.00个百分点，扣1.00分");
  });

  it("counts 通报表彰 A (省级 + 国家级) once at 国家级 plus the 市级 row, capped at 4", () => {
    const mb2 = body.bonuses.find((b) => b.code === "MB2")!;
    expect(s(mb2.points)).toBe("4.00");
    expect(mb2.explanation).toContain("同一事项“A”2条记录按最高级别国家级计1件");
  });

  it("scores the unit's items and final 84.90", () => {
    expect(items(unit)).toEqual({
      U1: "13.00", U2: "5.00", U3a: "20.00", U3b: "4.00", U4: "8.00", U5: "18.00",
      U6a: "1.00", U6b: "2.00", U6c: "1.00", U7: "5.00", U8a: "5.00", U8b: "3.00",
    });
    expect([s(unit.base), s(unit.bonus), s(unit.penalty), s(unit.final)]).toEqual(["85.00", "2.40", "2.50", "84.90"]);
  });

  it("gives the region units part 92.45 and composite 93.27", () => {
    const region = month.regions[0];
    expect(s(region.unitsScore!)).toBe("92.45");
    expect(s(region.composite!)).toBe("93.27");
    expect(region.rank).toBe(1);
    expect(region.unitCount).toBe(2);
  });

  it("ranks the two units of group 市直部门: 100.00 first, 84.90 second", () => {
    expect(month.units.map((u) => [u.subject.name, u.rank])).toEqual([
      ["长春市住房和城乡建设局", 2],
      ["长春市交通运输局", 1],
    ]);
  });
});
