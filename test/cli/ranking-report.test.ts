import { rankingLines, UNIT_LIST_SIZE } from "../../src/cli/ranking-report";
import { exampleSheets } from "../../src/example/example-workbook";
import { computeWorkbook } from "../../src/workbook/compute";
import { d } from "../../src/engine/decimal";
import type { PeriodResult, PeriodScore } from "../../src/engine/types";
import { rankChangeText, trendOf } from "../../src/engine/trend-text";

function resultOf(period: string): PeriodResult {
  const outcome = computeWorkbook(exampleSheets(), period, { now: new Date(0), existingSheets: [] });
  if (!outcome.result) throw new Error(outcome.problems.map((p) => p.message).join("\n"));
  return outcome.result;
}

/** The lines between a group heading and the next blank line or heading. */
function section(lines: readonly string[], heading: string): string[] {
  const start = lines.indexOf(heading);
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => l === "" || l.startsWith("【") || l.startsWith("承办单位"));
  return rest.slice(0, end < 0 ? undefined : end);
}

describe("rankingLines for a month", () => {
  const month = resultOf("2026-03");
  const lines = rankingLines(month);

  it("lists the regions of each 排名分组 under its heading, in rank order", () => {
    expect(lines[0]).toBe("2026-03 地区综合得分排名");
    const cities = section(lines, "【市州】").slice(1);
    expect(cities).toHaveLength(9);
    const ranks = cities.map((l) => Number(l.trim().split(/\s+/)[0]));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(section(lines, "【县市区】").slice(1)).toHaveLength(7);
  });

  it("shows each region's rank, composite, body score and units part as the engine computed them", () => {
    const changchun = month.months[0].regions.find((r) => r.region.name === "长春市")!;
    const line = lines.find((l) => l.includes(" 长春市 "))!;
    const change = rankChangeText(trendOf(month.trends!, "region", "长春市").rankChange)!;
    expect(line.trim().split(/\s+/)).toEqual([
      String(changchun.rank),
      change,
      "长春市",
      changchun.composite!.toFixed(2),
      changchun.bodyScore!.toFixed(2),
      changchun.unitsScore!.toFixed(2),
    ]);
  });

  it("lists the best and the worst participating units, best first", () => {
    const top = lines.findIndex((l) => l.startsWith("承办单位得分前"));
    const bottom = lines.findIndex((l) => l.startsWith("承办单位得分后"));
    const participating = month.months[0].units.filter((u) => u.participates);
    expect(lines[top]).toContain(`共${participating.length}个参与工单办理的单位`);
    const scoreOf = (l: string) => Number(l.trim().split(/\s+/)[1]);
    const topScores = lines.slice(top + 1, top + 1 + UNIT_LIST_SIZE).map(scoreOf);
    const bottomScores = lines.slice(bottom + 1, bottom + 1 + UNIT_LIST_SIZE).map(scoreOf);
    const all = participating.map((u) => u.final.toNumber()).sort((a, b) => b - a);
    expect(topScores).toEqual(all.slice(0, UNIT_LIST_SIZE));
    expect(bottomScores).toEqual(all.slice(-UNIT_LIST_SIZE));
    expect(lines.some((l) => l.includes("长春市九台区市场监督管理局"))).toBe(false);
  });
});

describe("rankingLines shows the 名次变化", () => {
  it("beside each region's rank of a month, against the month before", () => {
    const month = resultOf("2026-03");
    const lines = rankingLines(month);
    expect(lines[1]).toBe("名次变化：与2026-02比较");
    const rows = section(lines, "【市州】").slice(1).map((l) => l.trim().split(/\s+/));
    for (const [rank, change, name] of rows) {
      const t = trendOf(month.trends!.months!.get("2026-03")!, "region", name);
      expect(change).toBe(rankChangeText(t.previous!.rank! - Number(rank)));
    }
    expect(rows.some(([, change]) => change.startsWith("↑"))).toBe(true);
    expect(rows.some(([, change]) => change.startsWith("↓"))).toBe(true);
  });

  it("after a ranked unit's group rank", () => {
    const lines = rankingLines(resultOf("2026-03"));
    expect(lines.some((l) => /第\d+名（(↑\d+|↓\d+|—)）$/.test(l))).toBe(true);
  });

  it("says when the previous period has no data and leaves the column blank", () => {
    const lines = rankingLines(resultOf("2026Q1"));
    expect(lines[1]).toBe("名次变化：上期（2025Q4）无数据");
    const header = section(lines, "【市州】")[0];
    expect(header).toContain("名次变化");
    expect(lines.some((l) => /[↑↓]/.test(l))).toBe(false);
  });
});

describe("rankingLines for a quarter", () => {
  const quarter = resultOf("2026Q1");
  const lines = rankingLines(quarter);

  it("ranks the regions by their quarter score and names the months each lacks", () => {
    expect(lines[0]).toBe("2026Q1 季度排名（各月得分的平均）");
    const first = quarter.regions.filter((r) => r.group === "市州").sort((a, b) => a.rank! - b.rank!)[0];
    const row = section(lines, "【市州】")[1].trim().split(/\s+/);
    expect(row.slice(0, 4)).toEqual(["1", first.name, first.score!.toFixed(2), "—"]);
  });

  it("counts the units that have a quarter score", () => {
    const scored = quarter.units.filter((u) => u.score !== null).length;
    expect(lines.find((l) => l.startsWith("承办单位得分前"))).toContain(`共${scored}个有得分的单位`);
  });
});

describe("rankingLines with hand-made period scores", () => {
  const unit = (name: string, score: string | null, missing: string[], rank: number | null): PeriodScore => ({
    name,
    kind: "unit",
    region: null,
    group: rank === null ? null : "省直部门",
    score: score === null ? null : d(score),
    months: new Map(),
    missing,
    rank,
    note: null,
  });

  it("names the months a unit lacks and leaves out units without a score", () => {
    const result: PeriodResult = {
      period: { label: "2026Q1", kind: "quarter", months: ["2026-01", "2026-02", "2026-03"] },
      months: [],
      bodies: [],
      regions: [],
      units: [unit("国网吉林省电力有限公司", "91.5", ["2026-01"], 1), unit("某单位", null, ["2026-01", "2026-02", "2026-03"], null)],
    };
    const lines = rankingLines(result);
    expect(lines).toContain("承办单位得分前1名（共1个有得分的单位）：");
    expect(lines.find((l) => l.includes("国网"))?.trim()).toBe("国网吉林省电力有限公司  91.50  省直部门第1名，缺少2026-01");
    expect(lines.some((l) => l.includes("某单位"))).toBe(false);
  });
});
