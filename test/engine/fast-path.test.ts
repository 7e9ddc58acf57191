import fc from "fast-check";
import { ADJUSTMENTS } from "../../src/engine/adjustment-items";
import { d, Dec, fmt2, ratePercent } from "../../src/engine/decimal";
import { cappedProduct, decimalOf, fmt2Shared } from "../../src/engine/shared-decimals";
import { divideFloor, divideHalfUp, fixed2OfHundredths, rateHundredths } from "../../src/engine/hundredths";
import { LEDGER_CATALOGUE } from "../../src/engine/ledger-catalogue";
import { aggregatePeriod, meanScore } from "../../src/engine/aggregate";
import { competitionRank } from "../../src/engine/ranking";
import { referenceCapped, referenceComposite, referenceFinal, referenceMean, referenceRateItem, referenceWeightedMean } from "../../src/engine/reference";
import { BODY_ITEMS, UNIT_ITEMS, type RateItem } from "../../src/engine/rubric-items";
import { decimalRateResult, rateMemo, scoreRateItem } from "../../src/engine/score-rate";
import { rateDeductionHundredths } from "../../src/engine/score-rate-hundredths";
import { scorePeriod } from "../../src/engine/score-period";
import { scoreSubjectMonth, scoreSubjectMonthItemByItem } from "../../src/engine/score-subject";
import { scoreAdjustment, decimalCriticism } from "../../src/engine/score-ledger";
import { defaultParams } from "../../src/engine/params";
import { composite, unitsPart } from "../../src/engine/units-part";
import type { Params, SubjectMonthResult } from "../../src/engine/types";
import { body, bodyStats, entry, input, region, unit, unitStats } from "./builders";

/**
 * The fast path (whole hundredths) against decimal.js (src/engine/reference.ts) on random counts, huge ones
 * near 2^53 included, and random parameters in every mode of RUBRIC §7.
 */
const MAX = Number.MAX_SAFE_INTEGER;
const PARAMS = defaultParams();
const rateItems = [...BODY_ITEMS, ...UNIT_ITEMS].filter((i): i is RateItem => i.kind === "rate");

/** A decimal string with up to 4 places in [0, hi]. */
const decimalText = (hi: number) =>
  fc.tuple(fc.integer({ min: 0, max: hi * 10000 }), fc.integer({ min: 0, max: 4 })).map(([n, places]) =>
    new Dec(n).dividedBy(10000).toDecimalPlaces(places, Dec.ROUND_DOWN).toString());

const paramsArb: fc.Arbitrary<Params> = fc.record({
  answerRateCap: fc.oneof(fc.constantFrom("15", "20", "0"), decimalText(20)).map((x) => d(x)),
  deductionMode: fc.constantFrom("proportional" as const, "wholePoints" as const),
  nationalCriticismCap: fc.oneof(fc.constant(null), fc.constantFrom("5", "0"), decimalText(50)).map((x) => (x === null ? null : d(x))),
  unitAggregation: fc.constantFrom("mean" as const, "weightedByDispatched" as const),
  bodyWeight: decimalText(1).map((x) => d(x)),
  unitWeight: decimalText(1).map((x) => d(x)),
});

/** Counts: small ones, ones around the usual sizes, and huge ones up to 2^53 − 1. */
const countArb = fc.oneof(
  fc.integer({ min: 0, max: 20 }),
  fc.integer({ min: 0, max: 100_000 }),
  fc.integer({ min: 0, max: MAX }),
  fc.integer({ min: MAX - 1000, max: MAX }),
);
/** numerator ≤ 2 × denominator, as the workbook's limits allow (U3b counts up to twice the completions). */
const ratePairArb = fc.tuple(countArb, fc.double({ min: 0, max: 2, noNaN: true })).map(([den, f]) =>
  [Math.min(MAX, Math.floor(den * f)), den] as const);

describe("the fast path equals decimal.js", () => {
  it("divides with half-up rounding exactly, for any safe integers", () => {
    fc.assert(fc.property(fc.integer({ min: -MAX, max: MAX }), fc.integer({ min: 1, max: MAX }), (n, den) => {
      const q = divideHalfUp(n, den);
      if (q === null) return;
      expect(q + 0).toBe(new Dec(n).dividedBy(den).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber() + 0); // -0 and 0 are one value
    }), { numRuns: 2000 });
  });

  it("floors and prints hundredths as decimal.js does", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: MAX }), fc.integer({ min: 1, max: MAX }), (n, den) => {
      expect(divideFloor(n, den)).toBe(new Dec(n).dividedBy(den).floor().toNumber());
    }), { numRuns: 2000 });
    fc.assert(fc.property(fc.integer({ min: -MAX, max: MAX }), (h) => {
      expect(fixed2OfHundredths(h)).toBe(fmt2(new Dec(h).dividedBy(100)));
    }), { numRuns: 2000 });
  });

  it("gives every displayed rate as decimal.js does, huge counts included", () => {
    fc.assert(fc.property(ratePairArb, ([num, den]) => {
      const h = rateHundredths(num, den);
      const ref = ratePercent(num, den);
      if (den === 0) expect(h).toBeNull();
      if (h !== null) expect(decimalOf(h).equals(ref!)).toBe(true);
    }), { numRuns: 2000 });
  });

  it("scores every rate item as the decimal rule does, in every mode, shared results included", () => {
    fc.assert(fc.property(paramsArb, fc.array(fc.tuple(fc.constantFrom(...rateItems), ratePairArb), { minLength: 1, maxLength: 30 }),
      (params, cases) => {
        const memo = rateMemo();
        for (const [item, [num, den]] of cases) {
          const ref = referenceRateItem(item, num, den, params);
          for (const r of [scoreRateItem(item, num, den, params, memo), scoreRateItem(item, num, den, params)]) {
            if (ref === null) {
              expect(r.noData).toBe(true);
              continue;
            }
            expect(r.rate!.equals(ref.rate)).toBe(true);
            expect(r.deduction.equals(ref.deduction)).toBe(true);
            expect(r.score.equals(ref.score)).toBe(true);
            expect(r.explanation).toBe(decimalRateResult(item, ref.rate, params).explanation);
          }
          // The deduction alone, as the fast 最终得分 takes it (null: off the fast path, decimal.js then).
          const rateH = rateHundredths(num, den);
          const alone = rateH === null ? null : rateDeductionHundredths(item, rateH, params);
          if (ref !== null && alone !== null) expect(decimalOf(alone).equals(ref.deduction)).toBe(true);
        }
      }), { numRuns: 300 });
  });

  it("words a rate item's cap as decimal.js does at the cap's edge (gap / S × k just below, at and above C)", () => {
    const h = (x: string) => new Dec(x).times(100).toNumber();
    let checked = 0;
    for (const deductionMode of ["proportional", "wholePoints"] as const) {
      for (const capText of ["15", "7.5", "0.25"]) {
        const params: Params = { ...PARAMS, deductionMode, answerRateCap: d(capText) };
        for (const item of rateItems) {
          const cap = item.cap === "param:answerRateCap" ? capText : item.cap;
          // gap (hundredths of a point) at which gap / S × k = C
          const edge = new Dec(h(cap)).times(h(item.step)).dividedBy(h(item.pointsPerStep));
          if (!edge.isInteger()) continue;
          const at = item.better === "higher" ? h(item.threshold) - edge.toNumber() : h(item.threshold) + edge.toNumber();
          for (let rateH = at - 3; rateH <= at + 3; rateH++) {
            if (rateH < 0) continue;
            const r = scoreRateItem(item, rateH, 10000, params);
            const ref = decimalRateResult(item, new Dec(rateH).dividedBy(100), params);
            expect([r.deduction.toString(), r.explanation]).toEqual([ref.deduction.toString(), ref.explanation]);
            checked += 1;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it("caps counted ledger items as decimal.js does", () => {
    const rules = [...ADJUSTMENTS.body.bonuses, ...ADJUSTMENTS.unit.bonuses, ...ADJUSTMENTS.body.penalties, ...ADJUSTMENTS.unit.penalties]
      .flatMap((a) => (a.rule === "each" || a.rule === "blocks" || a.rule === "beyondFirst" ? [[a.points, a.cap] as const] : []));
    fc.assert(fc.property(countArb, fc.constantFrom(...rules), (n, [points, cap]) => {
      const fast = cappedProduct(n, points, cap);
      const ref = referenceCapped(n, points, cap);
      expect(fast.value.equals(ref.value)).toBe(true);
      expect(fast.over).toBe(ref.over);
    }), { numRuns: 1000 });
  });

  it("scores 通报批评或重点督办 as decimal.js does, words included, with and without 国家级通报批评上限", () => {
    const criticisms = [...ADJUSTMENTS.body.penalties, ...ADJUSTMENTS.unit.penalties].filter((a) => a.rule === "criticism");
    expect(criticisms.length).toBeGreaterThan(0);
    const levelArb = fc.constantFrom("国家级" as const, "省级" as const, "市级" as const);
    fc.assert(fc.property(fc.constantFrom(...criticisms), paramsArb, fc.array(fc.tuple(levelArb, countArb), { minLength: 1, maxLength: 6 }),
      (item, params, rows) => {
        const entries = rows.map(([level, quantity]) => entry("2026-03", "甲", item.item, { level, quantity: Math.max(1, quantity) }));
        const r = scoreAdjustment(item, entries, params, "扣")!;
        const ref = decimalCriticism(item as Extract<typeof item, { rule: "criticism" }>, entries, params);
        expect(r.points.equals(ref.points)).toBe(true);
        expect(r.explanation).toBe(ref.text);
      }), { numRuns: 1000 });
  });

  it("prints shared decimals as fmt2 does", () => {
    fc.assert(fc.property(fc.integer({ min: -(2 ** 50), max: 2 ** 50 }), (h) => {
      expect(fmt2Shared(decimalOf(h))).toBe(fmt2(new Dec(h).dividedBy(100)));
    }), { numRuns: 1000 });
  });

  it("adds up leveled bonuses (通报表彰, 媒体报道) as decimal.js does", () => {
    const leveled = [...ADJUSTMENTS.body.bonuses, ...ADJUSTMENTS.unit.bonuses].filter((a) => a.rule === "leveled");
    const levelArb = fc.constantFrom("国家级" as const, "省级" as const, "市级" as const, "县级" as const);
    fc.assert(fc.property(fc.constantFrom(...leveled), fc.array(fc.tuple(levelArb, fc.integer({ min: 1, max: 6 })), { minLength: 1, maxLength: 8 }),
      (item, rows) => {
        if (item.rule !== "leveled") return;
        const entries = rows.filter(([level]) => item.byLevel[level] !== undefined)
          .map(([level, quantity]) => entry("2026-03", "甲", item.item, { level, quantity }));
        if (entries.length === 0) return;
        const raw = entries.reduce((acc, e) => acc.plus(d(e.quantity).times(item.byLevel[e.level!]!)), d(0));
        const ref = referenceCapped(1, raw.toString(), item.cap);
        const r = scoreAdjustment(item, entries, PARAMS, "加")!;
        expect(r.points.equals(ref.value)).toBe(true);
        expect(r.explanation.includes("以上限")).toBe(ref.over);
      }), { numRuns: 500 });
  });

  it("adds base, bonus and penalty of a subject's month as decimal.js does", () => {
    const ledgerArb = (kind: "body" | "unit") => fc.array(fc.record({
      item: fc.constantFrom(...LEDGER_CATALOGUE[kind].map((s) => s.name)),
      quantity: fc.oneof(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 2 ** 40 })),
      level: fc.constantFrom("国家级" as const, "省级" as const, "市级" as const, "县级" as const),
      points: fc.constantFrom("1", "1.5", "2", "2.75", "3"),
      rejected: fc.boolean(),
    }), { maxLength: 12 });
    for (const kind of ["body", "unit"] as const) {
      const subject = kind === "body" ? body("甲中心", "甲市") : unit("甲局", "甲市");
      fc.assert(fc.property(ledgerArb(kind), paramsArb, fc.array(ratePairArb, { minLength: 6, maxLength: 6 }), (rows, params, pairs) => {
        const entries = rows.map((r) => {
          const spec = LEDGER_CATALOGUE[kind].find((s) => s.name === r.item)!;
          const level = spec.kind === "leveled" ? (spec.levels.includes(r.level) ? r.level : spec.levels[0]) : null;
          const quantity = spec.kind === "points" ? 1 : spec.kind === "leveled" ? Math.min(r.quantity, 50) : r.quantity;
          return entry("2026-03", subject.name, r.item, { quantity, level, rejected: r.rejected, points: spec.kind === "points" ? r.points : null });
        });
        const [a, b, c, e, f, g] = pairs;
        const stats = unitStats("2026-03", subject.name, {
          转派工单总量: a[1], 及时签收工单量: Math.min(a[0], a[1]), 办结工单总量: b[1], 按时办结工单量: Math.min(b[0], b[1]),
          延期办结工单量: c[0] <= 2 * b[1] ? c[0] : b[1], 办理工单总量: e[1], 红牌警告工单量: Math.min(e[0], e[1]),
          满意度参评工单量: f[1], 满意工单量: Math.min(f[0], f[1]), 工单退回总量: g[1], 及时退回工单量: Math.min(g[0], g[1]),
        });
        const res = scoreSubjectMonth(subject, "2026-03", kind === "unit" ? stats : null, entries, params, rateMemo());
        const ref = referenceFinal(res.items.map((i) => i.score), res.bonuses.map((x) => x.points), res.penalties.map((x) => x.points));
        expect(res.final.equals(ref)).toBe(true);
        expect(res.base.equals(referenceFinal(res.items.map((i) => i.score), [], []))).toBe(true);
      }), { numRuns: 200 });
    }
  });

  it("knows a subject-month's 最终得分 without its items: equal to the item-by-item result, every mode, bodies with statistics too", () => {
    const ledgerArb = (kind: "body" | "unit") => fc.array(fc.record({
      item: fc.constantFrom(...LEDGER_CATALOGUE[kind].map((s) => s.name)),
      quantity: fc.oneof(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 2 ** 40 })),
      level: fc.constantFrom("国家级" as const, "省级" as const, "市级" as const, "县级" as const),
      sameMatter: fc.constantFrom(null, "甲事", "乙事"),
      points: fc.constantFrom("1", "1.5", "2", "2.75", "3", "0.125"),
      rejected: fc.boolean(),
    }), { maxLength: 10 });
    const countOrNull = fc.oneof({ weight: 9, arbitrary: countArb }, { weight: 1, arbitrary: fc.constant(null) });
    for (const kind of ["body", "unit"] as const) {
      const subject = kind === "body" ? body("甲中心", "甲市") : unit("甲局", "甲市");
      fc.assert(fc.property(ledgerArb(kind), paramsArb, fc.array(ratePairArb, { minLength: 6, maxLength: 6 }), countOrNull, fc.boolean(),
        (rows, params, pairs, unknown, withStats) => {
          const entries = rows.map((r) => {
            const spec = LEDGER_CATALOGUE[kind].find((s) => s.name === r.item)!;
            const level = spec.kind === "leveled" ? (spec.levels.includes(r.level) ? r.level : spec.levels[0]) : null;
            const quantity = spec.kind === "points" ? 1 : spec.kind === "leveled" ? Math.min(r.quantity, 50) : r.quantity;
            return entry("2026-03", subject.name, r.item, {
              quantity, level, rejected: r.rejected, sameMatter: spec.sameMatter ? r.sameMatter : null, points: spec.kind === "points" ? r.points : null,
            });
          });
          const [a, b, c, e, f, g] = pairs;
          const stats = !withStats ? null : kind === "unit"
            ? unitStats("2026-03", subject.name, {
              转派工单总量: a[1], 及时签收工单量: Math.min(a[0], a[1]), 办结工单总量: b[1], 按时办结工单量: Math.min(b[0], b[1]),
              延期办结工单量: c[0] <= 2 * b[1] ? c[0] : b[1], 办理工单总量: e[1], 红牌警告工单量: Math.min(e[0], e[1]),
              满意度参评工单量: f[1], 满意工单量: unknown === null ? null : Math.min(f[0], f[1]), 工单退回总量: g[1], 及时退回工单量: Math.min(g[0], g[1]),
            })
            : bodyStats("2026-03", subject.name, {
              诉求总量: a[1], 及时受理诉求量: Math.min(a[0], a[1]), 工单办理总量: unknown ?? b[1], 及时派发工单量: Math.min(b[0], b[1]),
            });
          const fast = scoreSubjectMonth(subject, "2026-03", stats, entries, params, rateMemo());
          const slow = scoreSubjectMonthItemByItem(subject, "2026-03", stats, entries, params);
          expect(fast.final.toString()).toBe(slow.final.toString());
          expect(fast.final.equals(referenceFinal(slow.items.map((i) => i.score), slow.bonuses.map((x) => x.points), slow.penalties.map((x) => x.points)))).toBe(true);
          // The items, totals and words read later are the item-by-item ones.
          expect(fast.base.toString()).toBe(slow.base.toString());
          expect(fast.items.map((i) => [i.code, i.score.toString(), i.explanation])).toEqual(slow.items.map((i) => [i.code, i.score.toString(), i.explanation]));
          expect([...fast.bonuses, ...fast.penalties].map((x) => [x.code, x.points.toString(), x.explanation]))
            .toEqual([...slow.bonuses, ...slow.penalties].map((x) => [x.code, x.points.toString(), x.explanation]));
        }), { numRuns: 300 });
    }
  });

  it("averages and weights scores as decimal.js does", () => {
    // Usual scores, huge ones (their sum leaves the safe integers) and a few with a third place (off the fast path).
    const scoreArb = fc.oneof(
      fc.integer({ min: -20000, max: 15000 }).map((h) => new Dec(h).dividedBy(100)),
      fc.integer({ min: -(2 ** 49), max: 2 ** 49 }).map((h) => new Dec(h).dividedBy(100)),
      fc.integer({ min: 2 ** 52, max: MAX }).map((h) => new Dec(h).dividedBy(100)),
      fc.integer({ min: -20000, max: 15000 }).map((h) => new Dec(h).dividedBy(1000)),
    );
    fc.assert(fc.property(fc.array(fc.tuple(scoreArb, countArb), { maxLength: 40 }), (rows) => {
      const scores = rows.map(([s]) => s);
      const weights = rows.map(([, w]) => w);
      expect(String(meanScore(scores))).toBe(String(referenceMean(scores)));
      expect(String(meanScore(new Map(scores.map((x, i) => [i, x]))))).toBe(String(referenceMean(scores))); // a period's months, read twice off the fast path
      const results = scores.map((final) => ({ final }) as SubjectMonthResult);
      const byResult = new Map(results.map((r, i) => [r, weights[i]]));
      expect(String(unitsPart(results, (u) => byResult.get(u)!, "mean"))).toBe(String(referenceMean(scores)));
      expect(String(unitsPart(results, (u) => byResult.get(u)!, "weightedByDispatched"))).toBe(String(referenceWeightedMean(scores, weights)));
    }), { numRuns: 1000 });
  });

  it("weighs a region's composite as decimal.js does, weights with more places and huge scores included", () => {
    const scoreArb = fc.oneof(
      fc.integer({ min: -20000, max: 15000 }).map((h) => new Dec(h).dividedBy(100)),
      fc.integer({ min: -MAX, max: MAX }).map((h) => new Dec(h).dividedBy(100)),
      fc.integer({ min: -20000, max: 15000 }).map((h) => new Dec(h).dividedBy(1000)),
    );
    const weightArb = fc.oneof(fc.constantFrom("0.4", "0.6", "0", "1", "0.5"), decimalText(1), decimalText(1000)).map((x) => d(x));
    fc.assert(fc.property(scoreArb, scoreArb, weightArb, weightArb, (body, units, wb, wu) => {
      expect(composite(body, units, wb, wu).toString()).toBe(referenceComposite(body, units, wb, wu).toString());
    }), { numRuns: 3000 });
  });

  it("ranks on hundredths as on decimals", () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 8000, max: 8010 }), fc.constantFrom("甲", "乙", "丙", "丁")), { maxLength: 12 }),
      (rows) => {
        const entries = rows.map(([h, name], i) => ({ name: `${name}${i}`, score: new Dec(h).dividedBy(100) }));
        const ranked = competitionRank(entries);
        for (let i = 1; i < ranked.length; i++) {
          const [p, q] = [ranked[i - 1], ranked[i]];
          expect(p.entry.score.greaterThanOrEqualTo(q.entry.score)).toBe(true);
          expect(q.rank).toBe(p.entry.score.equals(q.entry.score) ? p.rank : i + 1);
        }
      }));
  });

  it("scores whole quarters with huge counts exactly: each period score is the decimal mean of the monthly ones", () => {
    fc.assert(fc.property(paramsArb, fc.array(ratePairArb, { minLength: 6, maxLength: 6 }), (params, pairs) => {
      const months = ["2026-01", "2026-02", "2026-03"];
      const data = input({
        regions: [region("甲市")],
        subjects: [body("甲中心", "甲市"), unit("甲局", "甲市", "市直部门"), unit("乙局", "甲市", "市直部门")],
        unitStats: months.flatMap((m, i) => [
          unitStats(m, "甲局", { 转派工单总量: pairs[i][1], 及时签收工单量: Math.min(pairs[i][0], pairs[i][1]) }),
          unitStats(m, "乙局", { 满意度参评工单量: pairs[i + 3][1], 满意工单量: Math.min(pairs[i + 3][0], pairs[i + 3][1]) }),
        ]),
        ledger: months.map((m) => entry(m, "甲中心", "群众表扬")),
        params,
      });
      const result = scorePeriod(data, { label: "2026Q1", kind: "quarter", months });
      const again = aggregatePeriod(data, result.period, result.months);
      for (const p of [...result.units, ...result.regions, ...again.units]) {
        expect(String(p.score)).toBe(String(referenceMean([...p.months.values()])));
      }
      for (const m of result.months) {
        const finals = m.units.filter((u) => u.participates);
        const dispatched = finals.map((u) => data.unitStats.find((s) => s.month === m.month && s.subject === u.subject.name)!.counts["转派工单总量"]!);
        const ref = params.unitAggregation === "mean" ? referenceMean(finals.map((u) => u.final)) : referenceWeightedMean(finals.map((u) => u.final), dispatched);
        expect(String(m.regions[0].unitsScore)).toBe(String(ref));
      }
    }), { numRuns: 150 });
  });
});
