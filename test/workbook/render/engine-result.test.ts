import { parsePeriod } from "../../../src/engine/period";
import { scorePeriod } from "../../../src/engine/score-period";
import { bulletinDraft } from "../../../src/workbook/bulletin-draft/bulletin-draft";
import { renderTables } from "../../../src/workbook/render";
import type { MonthResultJson } from "../../../src/workbook/result-json";
import { resultJson } from "../../../src/workbook/result-json";
import { workedExample } from "../../engine/builders";
import { NOW } from "./fixtures";
import { cell, rowOf } from "./table-helpers";

/** The engine's own §8 result, rendered: what a reviewer reads matches what the engine computed. */
describe("rendering the engine's §8 worked example", () => {
  const input = workedExample();
  const result = scorePeriod(input, parsePeriod("2026-03")!);
  const draft = bulletinDraft(input, result);
  const tables = renderTables({ result, problems: [], params: input.params, rowCounts: {}, now: NOW, draft });
  const byName = (name: string) => tables.find((t) => t.name === name)!;

  it("shows the body's final 94.50 and the engine's 接通率 explanation first in 说明", () => {
    const t = byName("2026-03 管理机构得分");
    const r = rowOf(t, "长春市12345热线管理中心");
    expect(cell(t, r, "最终得分")).toBe(94.5);
    expect(String(cell(t, r, "说明")).startsWith("接通率93.00%，低于95%的2.00个百分点，扣1.00分；")).toBe(true);
  });

  it("shows each unit item score the engine computed under its own header", () => {
    const t = byName("2026-03 承办单位得分");
    const unit = result.months[0].units.find((u) => u.subject.name === "长春市住房和城乡建设局")!;
    const r = rowOf(t, unit.subject.name);
    for (const item of unit.items) expect(cell(t, r, `${item.name}(${item.full.toString()})`)).toBe(item.score.toNumber());
  });

  it("shows the composite 93.27 and the JSON's grouped U-items 13, 5, 24, 8, 18, 4, 5, 8", () => {
    expect(cell(byName("2026-03 地区综合"), 0, "综合得分")).toBe(93.27);
    const json = resultJson(result, []) as MonthResultJson;
    const unit = json.handlingUnits.find((u) => u.unit === "长春市住房和城乡建设局")!;
    expect(Object.values(unit.items)).toEqual([13, 5, 24, 8, 18, 4, 5, 8]);
    expect(json.regions[0].score).toBe(93.27);
  });
});
