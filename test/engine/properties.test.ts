import fc from "fast-check";
import { ADJUSTMENTS } from "../../src/engine/adjustment-items";
import { d } from "../../src/engine/decimal";
import { BODY_ITEMS, UNIT_ITEMS, type RateItem } from "../../src/engine/rubric-items";
import { scoreRateItem } from "../../src/engine/score-rate";
import { scoreSubjectMonth } from "../../src/engine/score-subject";
import type { Params } from "../../src/engine/types";
import { LEDGER_CATALOGUE } from "../../src/engine/ledger-catalogue";
import { body, entry, unit, unitStats } from "./builders";

const rateItems = [...BODY_ITEMS, ...UNIT_ITEMS].filter((i): i is RateItem => i.kind === "rate");
const paramsArb: fc.Arbitrary<Params> = fc.record({
  answerRateCap: fc.constantFrom("15", "20", "0", "7.5").map((x) => d(x)),
  deductionMode: fc.constantFrom("proportional" as const, "wholePoints" as const),
  nationalCriticismCap: fc.constantFrom(null, d("5"), d("0")),
  unitAggregation: fc.constantFrom("mean" as const, "weightedByDispatched" as const),
  bodyWeight: fc.constant(d("0.4")),
  unitWeight: fc.constant(d("0.6")),
});
const countsArb = fc.integer({ min: 0, max: 5000 }).chain((den) =>
  fc.tuple(fc.integer({ min: 0, max: Math.max(den, 0) * 2 }), fc.constant(den)));

describe("rate item invariants (property)", () => {
  it("never scores an item below 0 or above its full points", () => {
    fc.assert(fc.property(fc.constantFrom(...rateItems), countsArb, paramsArb, (item, [num, den], params) => {
      const r = scoreRateItem(item, num, den, params);
      expect(r.score.greaterThanOrEqualTo(0)).toBe(true);
      expect(r.score.lessThanOrEqualTo(item.full)).toBe(true);
    }));
  });
  it("never scores a better rate lower (higher-is-better up, lower-is-better down)", () => {
    fc.assert(fc.property(fc.constantFrom(...rateItems), fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 0, max: 2000 }),
      fc.integer({ min: 0, max: 2000 }), paramsArb, (item, den, a, b, params) => {
        const [lo, hi] = a < b ? [a, b] : [b, a];
        const sLo = scoreRateItem(item, lo, den, params).score;
        const sHi = scoreRateItem(item, hi, den, params).score;
        if (item.better === "higher") expect(sHi.greaterThanOrEqualTo(sLo)).toBe(true);
        else expect(sLo.greaterThanOrEqualTo(sHi)).toBe(true);
      }));
  });
  it("keeps every deduction within its cap", () => {
    fc.assert(fc.property(fc.constantFrom(...rateItems), countsArb, paramsArb, (item, [num, den], params) => {
      const cap = item.cap === "param:answerRateCap" ? params.answerRateCap : d(item.cap);
      expect(scoreRateItem(item, num, den, params).deduction.lessThanOrEqualTo(cap)).toBe(true);
    }));
  });
});

describe("ledger invariants (property)", () => {
  const ledgerArb = (kind: "body" | "unit") => fc.array(
    fc.record({
      item: fc.constantFrom(...LEDGER_CATALOGUE[kind].map((s) => s.name)),
      quantity: fc.integer({ min: 1, max: 400 }),
      level: fc.constantFrom("国家级" as const, "省级" as const, "市级" as const, "县级" as const),
      sameMatter: fc.constantFrom(null, "A", "B"),
      points: fc.constantFrom("1", "1.5", "2", "3"),
      rejected: fc.boolean(),
    }),
    { maxLength: 25 },
  );
  for (const kind of ["body", "unit"] as const) {
    it(`holds every item within [0, full] and every bonus/penalty within its cap for a ${kind}`, () => {
      const subject = kind === "body" ? body("甲中心", "甲市") : unit("甲局", "甲市");
      const caps = new Map<string, string>(
        [...ADJUSTMENTS[kind].bonuses, ...ADJUSTMENTS[kind].penalties].flatMap((a) =>
          a.rule === "criticism" ? [] : [[a.code, a.cap] as [string, string]]),
      );
      fc.assert(fc.property(ledgerArb(kind), paramsArb, (rows, params) => {
        const entries = rows.map((r) => {
          const spec = LEDGER_CATALOGUE[kind].find((s) => s.name === r.item)!;
          const level = spec.kind === "leveled" ? (spec.levels.includes(r.level) ? r.level : spec.levels[0]) : null;
          return entry("2026-03", subject.name, r.item, {
            quantity: spec.kind === "points" ? 1 : r.quantity, level, rejected: r.rejected,
            sameMatter: spec.sameMatter ? r.sameMatter : null, points: spec.kind === "points" ? r.points : null,
          });
        });
        const res = scoreSubjectMonth(subject, "2026-03", kind === "unit" ? unitStats("2026-03", subject.name) : null, entries, params);
        for (const i of res.items) {
          expect(i.score.greaterThanOrEqualTo(0)).toBe(true);
          expect(i.score.lessThanOrEqualTo(i.full)).toBe(true);
        }
        for (const a of [...res.bonuses, ...res.penalties]) {
          expect(a.points.greaterThanOrEqualTo(0)).toBe(true);
          const cap = caps.get(a.code);
          if (cap) expect(a.points.lessThanOrEqualTo(cap)).toBe(true);
          if (a.code.endsWith("P2") && params.nationalCriticismCap) expect(a.points.lessThanOrEqualTo(params.nationalCriticismCap)).toBe(true);
        }
        expect(res.base.lessThanOrEqualTo(100)).toBe(true);
        expect(res.final.equals(res.base.plus(res.bonus).minus(res.penalty))).toBe(true);
      }), { numRuns: 200 });
    });
  }
});
