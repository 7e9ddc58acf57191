import fc from "fast-check";
import { d } from "../../src/engine/decimal";
import { competitionRank, rankWithinGroups } from "../../src/engine/ranking";

describe("competition ranking", () => {
  it("shares a rank between equal scores and skips the next (1, 2, 2, 4)", () => {
    const ranked = competitionRank([
      { name: "丁", score: d("80") }, { name: "乙", score: d("90") }, { name: "甲", score: d("95") }, { name: "丙", score: d("90") },
    ]);
    expect(ranked.map((r) => [r.entry.name, r.rank])).toEqual([["甲", 1], ["丙", 2], ["乙", 2], ["丁", 4]]);
  });
  it("lists ties in Chinese name order (pinyin): 白城市 before 长春市", () => {
    const ranked = competitionRank([{ name: "长春市", score: d("90") }, { name: "白城市", score: d("90") }]);
    expect(ranked.map((r) => r.entry.name)).toEqual(["白城市", "长春市"]);
  });
  it("does not rank entries without a group", () => {
    const a = { name: "甲", score: d("90"), group: null };
    const b = { name: "乙", score: d("80"), group: "市直" };
    const ranks = rankWithinGroups([a, b]);
    expect(ranks.has(a)).toBe(false);
    expect(ranks.get(b)).toBe(1);
  });
  it("ranks 1..n with ties sharing, for any scores (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 40 }), (scores) => {
        const ranked = competitionRank(scores.map((s, i) => ({ name: `u${i}`, score: d(s) })));
        expect(ranked[0].rank).toBe(1);
        ranked.forEach((r, i) => {
          const better = ranked.filter((o) => o.entry.score.greaterThan(r.entry.score)).length;
          expect(r.rank).toBe(better + 1);
          if (i > 0) expect(ranked[i - 1].entry.score.greaterThanOrEqualTo(r.entry.score)).toBe(true);
        });
      }),
    );
  });
});
