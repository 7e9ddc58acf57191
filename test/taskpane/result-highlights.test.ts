import { exampleSheets } from "../../src/example/example-workbook";
import { hintText } from "../../src/engine/rate-hints";
import { rankChangeText, trendOf } from "../../src/engine/trends";
import { lowestUnitHints, rankingHighlights } from "../../src/taskpane/result-highlights";
import { computeWorkbook } from "../../src/workbook/compute";

const resultOf = (period: string) => computeWorkbook(exampleSheets(), period, { now: new Date(), existingSheets: [] }).result!;

describe("rankingHighlights", () => {
  it("lists each group's top and bottom regions of a month by composite rank", () => {
    const result = resultOf("2026-03");
    const month = result.months.find((m) => m.month === "2026-03")!;
    const highlights = rankingHighlights(result, 2);
    const groups = [...new Set(month.regions.filter((r) => r.rank !== null).map((r) => r.group))];
    expect(highlights.map((h) => h.group)).toEqual(groups);
    for (const h of highlights) {
      const ranked = month.regions.filter((r) => r.group === h.group && r.rank !== null);
      expect(h.size).toBe(ranked.length);
      expect(h.top[0].rank).toBe(1);
      expect(h.top.map((e) => e.rank)).toEqual([...h.top.map((e) => e.rank)].sort((a, b) => a - b));
      const best = ranked.find((r) => r.rank === 1)!;
      expect(h.top[0]).toEqual({
        name: best.region.name, rank: 1, score: best.composite!.toFixed(2),
        change: rankChangeText(trendOf(result.trends!, "region", best.region.name).rankChange),
      });
      expect(h.bottom[h.bottom.length - 1].rank).toBe(Math.max(...ranked.map((r) => r.rank!)));
    }
  });

  it("never lists a region both at the top and at the bottom", () => {
    for (const h of rankingHighlights(resultOf("2026-03"), 5)) {
      const top = new Set(h.top.map((e) => e.name));
      expect(h.bottom.filter((e) => top.has(e.name))).toEqual([]);
    }
  });

  it("uses the period scores of a quarter", () => {
    const result = resultOf("2026Q1");
    const [first] = rankingHighlights(result);
    const region = result.regions.find((r) => r.name === first.top[0].name)!;
    expect(region.rank).toBe(1);
    expect(first.top[0].score).toBe(region.score!.toFixed(2));
  });

  it("shows each region's 名次变化 against the previous month (the example has February)", () => {
    const result = resultOf("2026-03");
    const entries = rankingHighlights(result, 50).flatMap((h) => [...h.top, ...h.bottom]);
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) {
      const prev = trendOf(result.trends!, "region", e.name).previous!.rank!;
      expect(e.change).toBe(rankChangeText(prev - e.rank));
    }
    expect(entries.some((e) => e.change !== "—")).toBe(true);
  });

  it("shows no change for January, the example having no December", () => {
    for (const h of rankingHighlights(resultOf("2026-01"))) for (const e of [...h.top, ...h.bottom]) expect(e.change).toBeNull();
  });
});

describe("lowestUnitHints", () => {
  it("lists the lowest-ranked units of each group, lowest first, with their 达标差距 texts", () => {
    const result = resultOf("2026-03");
    const month = result.months.find((m) => m.month === "2026-03")!;
    const low = lowestUnitHints(result, 2);
    const groups = new Set(month.units.filter((u) => u.rank !== null).map((u) => u.subject.group));
    expect(new Set(low.map((u) => u.group))).toEqual(groups);
    for (const group of groups) {
      const ranked = month.units.filter((u) => u.subject.group === group && u.rank !== null);
      const listed = low.filter((u) => u.group === group);
      expect(listed).toHaveLength(Math.min(2, ranked.length));
      expect(listed[0].rank).toBe(Math.max(...ranked.map((u) => u.rank!)));
      for (const u of listed) {
        expect(u.size).toBe(ranked.length);
        expect(u.hints).toEqual(result.trends!.months!.get("2026-03")!.hints.get(u.name)!.map(hintText));
      }
    }
    expect(low.some((u) => u.hints.length > 0)).toBe(true);
  });

  it("lists nothing for a quarter (hints are monthly)", () => {
    expect(lowestUnitHints(resultOf("2026Q1"))).toEqual([]);
  });
});
