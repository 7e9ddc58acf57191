import fc from "fast-check";
import { d } from "../../src/engine/decimal";
import { defaultParams } from "../../src/engine/params";
import { hintText, rateHint, scoredHints, searchChangeFrom, smallestChange, subjectHints } from "../../src/engine/rate-hints";
import { scoreSubjectMonth } from "../../src/engine/score-subject";
import { UNIT_COUNT_FIELDS, type UnitCountField } from "../../src/engine/types";
import { unit, unitStats } from "./builders";
import { BODY_ITEMS, UNIT_ITEMS, type RateItem } from "../../src/engine/rubric-items";
import { scoreRateItem } from "../../src/engine/score-rate";
import type { Params } from "../../src/engine/types";

const rateItems = [...BODY_ITEMS, ...UNIT_ITEMS].filter((i): i is RateItem => i.kind === "rate");
const item = (code: string) => rateItems.find((i) => i.code === code) as RateItem;
const params = defaultParams();
const whole: Params = { ...params, deductionMode: "wholePoints" };
/** The §8 unit's counts. */
const WORKED = {
  转派工单总量: 400, 及时签收工单量: 372, 工单退回总量: 20, 及时退回工单量: 18, 办结工单总量: 380, 按时办结工单量: 361,
  延期办结工单量: 57, 办理工单总量: 400, 红牌警告工单量: 48, 满意度参评工单量: 300, 满意工单量: 279,
};
const deduction = (i: RateItem, num: number, den: number, p: Params) => scoreRateItem(i, num, den, p).deduction;

describe("达标差距 of the RUBRIC §9 worked check (长春市住房和城乡建设局, 2026-03)", () => {
  it("gives U1 8, U2 1, U3b −19, U4 −8, U5 6 with default parameters", () => {
    expect(subjectHints("unit", WORKED, params)).toEqual([
      { item: "U1", count: "及时签收工单量", change: 8 },
      { item: "U2", count: "及时退回工单量", change: 1 },
      { item: "U3b", count: "延期办结工单量", change: -19 },
      { item: "U4", count: "红牌警告工单量", change: -8 },
      { item: "U5", count: "满意工单量", change: 6 },
    ]);
  });
  it("gives U1 5 under 按整百分点 (377/400 = 94.25% is less than one whole point short)", () => {
    expect(rateHint(item("U1"), 372, 400, whole)).toEqual({ item: "U1", count: "及时签收工单量", change: 5 });
    expect(deduction(item("U1"), 376, 400, whole).toFixed(2)).toBe("1.00");
  });
  it("writes the texts of the sheets", () => {
    const texts = subjectHints("unit", WORKED, params).map(hintText);
    expect(texts[0]).toBe("及时签收工单量再增加8件可不扣分");
    expect(texts[2]).toBe("延期办结工单量再减少19件可不扣分");
  });
});

describe("rateHint", () => {
  it("gives no hint where the item deducts nothing, including U3b at 10.01% (round2(0.002) = 0.00)", () => {
    expect(rateHint(item("U1"), 95, 100, params)).toBeNull();
    expect(rateHint(item("U3b"), 1001, 10000, params)).toBeNull();
    expect(rateHint(item("U3b"), 1003, 10000, params)).toEqual({ item: "U3b", count: "延期办结工单量", change: -1 });
  });
  it("gives no hint without data (zero or unknown denominator)", () => {
    expect(rateHint(item("U2"), 0, 0, params)).toBeNull();
    expect(rateHint(item("M1"), null, 100, params)).toBeNull();
  });
  it("reaches the cap side too: 0 of 100 signed needs 95 more", () => {
    expect(smallestChange(item("U1"), 0, 100, params)).toBe(95);
  });
  it("uses the 接通率扣分上限 parameter only through the deduction (a cap of 0 deducts nothing)", () => {
    expect(rateHint(item("M1"), 50, 100, { ...params, answerRateCap: d("0") })).toBeNull();
  });
  it("handles large denominators exactly (94.995% rounds half-up to 95.00%)", () => {
    // 1,899,900 / 2,000,000 = 94.995% → 95.00%: deducts nothing; 1,899,899 → 94.99495% → 94.99%: deducts 0.01.
    expect(rateHint(item("U5"), 1_899_900, 2_000_000, params)).toBeNull();
    expect(smallestChange(item("U5"), 1_899_899, 2_000_000, params)).toBe(1);
    expect(smallestChange(item("U5"), 1_899_800, 2_000_000, params)).toBe(100);
  });
});

describe("每条达标差距 is the smallest change (property)", () => {
  const paramsArb: fc.Arbitrary<Params> = fc.record({
    answerRateCap: fc.constantFrom("15", "20", "7.5").map((x) => d(x)),
    deductionMode: fc.constantFrom("proportional" as const, "wholePoints" as const),
    nationalCriticismCap: fc.constant(null),
    unitAggregation: fc.constant("mean" as const),
    bodyWeight: fc.constant(d("0.4")),
    unitWeight: fc.constant(d("0.6")),
  });
  const countsArb = fc.oneof(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 3_000_000 }))
    .chain((den) => fc.tuple(fc.integer({ min: 0, max: den * 2 }), fc.constant(den)));

  it("makes the deduction 0 at x and not at x − 1, with the engine's deduction, in every mode", () => {
    fc.assert(
      fc.property(fc.constantFrom(...rateItems), countsArb, paramsArb, (i, [rawNum, den], p) => {
        const num = i.better === "higher" ? Math.min(rawNum, den) : rawNum;
        const before = deduction(i, num, den, p);
        const hint = rateHint(i, num, den, p);
        if (before.isZero()) {
          expect(hint).toBeNull();
          return;
        }
        expect(hint).not.toBeNull();
        const x = Math.abs(hint!.change);
        const sign = i.better === "higher" ? 1 : -1;
        expect(Math.sign(hint!.change)).toBe(sign);
        expect(x).toBeGreaterThanOrEqual(1);
        expect(deduction(i, num + sign * x, den, p).isZero()).toBe(true);
        expect(deduction(i, num + sign * (x - 1), den, p).isZero()).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it("gives the same hints from a scored unit (the path of the output sheets) as from its counts", () => {
    const unitCounts = fc.integer({ min: 1, max: 3000 }).chain((n) =>
      fc.record(Object.fromEntries(UNIT_COUNT_FIELDS.map((f) => [f, fc.integer({ min: 0, max: n })])) as Record<UnitCountField, fc.Arbitrary<number>>)
        .map((c) => ({ ...c, 转派工单总量: n, 办结工单总量: n, 办理工单总量: n, 延期办结工单量: Math.min(2 * n, c.延期办结工单量 * 2) })));
    fc.assert(
      fc.property(unitCounts, paramsArb, (counts, p) => {
        const stats = unitStats("2026-03", "甲局", counts);
        const scored = scoreSubjectMonth(unit("甲局", null), "2026-03", stats, [], p);
        const hints = scoredHints(scored.items, counts, p);
        expect(hints).toEqual(subjectHints("unit", counts, p));
        for (const h of hints) {
          const i = item(h.item);
          const den = counts[i.denominator as UnitCountField];
          const num = counts[i.numerator as UnitCountField];
          expect(deduction(i, num + h.change, den, p).isZero()).toBe(true);
          expect(deduction(i, num + h.change - Math.sign(h.change), den, p).isZero()).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("finds the same answer from any starting guess (the search never trusts the guess)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...rateItems), countsArb, paramsArb, fc.integer({ min: -10, max: 4_000_000 }), (i, [rawNum, den], p, start) => {
        const num = i.better === "higher" ? Math.min(rawNum, den) : rawNum;
        if (deduction(i, num, den, p).isZero()) return;
        expect(searchChangeFrom(i, num, den, p, start)).toBe(smallestChange(i, num, den, p));
      }),
      { numRuns: 500 },
    );
  });
});
