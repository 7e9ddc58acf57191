import fc from "fast-check";
import { BODY_COUNT_FIELDS, UNIT_COUNT_FIELDS } from "../../src/engine/types";
import {
  BODY_COUNT_LIMITS,
  checkCountLimits,
  checkCountsAt,
  limitsAt,
  UNIT_COUNT_LIMITS,
  type CountLimit,
} from "../../src/workbook/check-count-limits";
import { MSG } from "../../src/workbook/messages";

/** The rule read straight from RUBRIC/WORKBOOK: each limit in order, by field name. */
function referenceBreaches(counts: Record<string, number | null | undefined>, limits: readonly CountLimit<string>[]) {
  return limits
    .filter(({ part, whole, factor }) => counts[part] != null && counts[whole] != null && counts[part]! > counts[whole]! * factor)
    .map(({ part, whole, factor }) => ({
      field: part,
      message: factor === 1 ? MSG.countOver(part, counts[part]!, whole, counts[whole]!) : MSG.countOverMultiple(part, counts[part]!, whole, counts[whole]!, factor),
    }));
}

describe("checkCountLimits", () => {
  it("cites the numerator and says both counts", () => {
    expect(checkCountLimits({ 及时签收工单量: 372, 转派工单总量: 300 }, UNIT_COUNT_LIMITS)).toEqual([
      { field: "及时签收工单量", message: "及时签收工单量(372)大于转派工单总量(300)" },
    ]);
  });

  it("skips a limit with a null side", () => {
    expect(checkCountLimits({ 及时签收工单量: 372, 转派工单总量: null }, UNIT_COUNT_LIMITS)).toEqual([]);
  });

  it("reports 满意度参评 above 办结 and 满意 above 参评 together", () => {
    const breaches = checkCountLimits({ 满意工单量: 50, 满意度参评工单量: 40, 办结工单总量: 30 }, UNIT_COUNT_LIMITS);
    expect(breaches.map((b) => b.field)).toEqual(["满意工单量", "满意度参评工单量"]);
  });
});

describe("checkCountsAt (counts by position, as the statistics sheets check each row)", () => {
  const count = fc.oneof(fc.constant(null), fc.constant(undefined), fc.nat(60));
  it.each([
    ["受理统计", BODY_COUNT_FIELDS, BODY_COUNT_LIMITS],
    ["办理统计", UNIT_COUNT_FIELDS, UNIT_COUNT_LIMITS],
  ] as const)("%s: finds exactly the breaches of the rule, in limit order", (_, fields, limits) => {
    const indexed = limitsAt(limits as readonly CountLimit<string>[], fields);
    fc.assert(
      fc.property(fc.array(count, { minLength: fields.length, maxLength: fields.length }), (values) => {
        const counts = Object.fromEntries(fields.map((f, i) => [f, values[i]]));
        expect(checkCountsAt(values, indexed)).toEqual(referenceBreaches(counts, limits));
        expect(checkCountLimits(counts, limits as readonly CountLimit<string>[])).toEqual(referenceBreaches(counts, limits));
      }),
    );
  });
});
