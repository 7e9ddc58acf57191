import { indexInput, monthRows } from "../../src/engine/input-index";
import { body, bodyStats, entry, input, region, unit, unitStats } from "./builders";

describe("the engine's index of rows by month and subject", () => {
  const data = input({
    regions: [region("甲市")],
    subjects: [body("甲中心", "甲市"), unit("甲局", "甲市"), unit("乙局", "甲市")],
    bodyStats: [bodyStats("2026-03", "甲中心", { 诉求总量: 10 })],
    unitStats: [
      unitStats("2026-03", "甲局", {}, 5),
      unitStats("2026-03", "甲局", {}, 7), // repeated: the last one counts, as in scoring
      unitStats("2026-03", "甲中心", {}, 9), // a body's name on the units' sheet: not the body's row
      unitStats("2026-05", "丙局", {}, 3), // a name not among the subjects: its month still has data
    ],
    ledger: [entry("2026-03", "乙局", "群众表扬"), entry("2026-03", "乙局", "督办意见不落实", { rejected: true }), entry("2026-04", "甲局", "群众表扬")],
  });

  it("holds each subject's rows at its position among the subjects", () => {
    const index = indexInput(data);
    const march = monthRows(index, "2026-03");
    expect(march.stats[0]).toBe(data.bodyStats[0]);
    expect(march.stats[1]).toBe(data.unitStats[1]);
    expect(march.stats[2]).toBeUndefined();
    expect(march.ledger[2]?.map((e) => e.item)).toEqual(["群众表扬", "督办意见不落实"]);
    expect(march.ledger[0]).toBeUndefined();
    expect(monthRows(index, "2026-04").ledger[1]?.map((e) => e.item)).toEqual(["群众表扬"]);
    expect(index.positionOf.get("乙局")).toBe(2);
  });

  it("knows every month with a row, and gives an empty month for one without", () => {
    const index = indexInput(data);
    expect([...index.months.keys()].sort()).toEqual(["2026-03", "2026-04", "2026-05"]);
    expect(monthRows(index, "2026-06").stats).toEqual([]);
    expect(indexInput(data)).toBe(index); // one index per input
  });
});
