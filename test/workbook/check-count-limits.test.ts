import { checkCountLimits, UNIT_COUNT_LIMITS } from "../../src/workbook/check-count-limits";

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
