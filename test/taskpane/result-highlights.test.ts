import { exampleSheets } from "../../src/example/example-workbook";
import { rankingHighlights } from "../../src/taskpane/result-highlights";
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
      expect(h.top[0]).toEqual({ name: best.region.name, rank: 1, score: best.composite!.toFixed(2) });
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
});
