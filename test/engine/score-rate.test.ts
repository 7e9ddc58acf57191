import { d } from "../../src/engine/decimal";
import { defaultParams } from "../../src/engine/params";
import { BODY_ITEMS, UNIT_ITEMS, type RateItem } from "../../src/engine/rubric-items";
import { rateDeduction, scoreRateItem } from "../../src/engine/score-rate";

const item = (code: string) => [...BODY_ITEMS, ...UNIT_ITEMS].find((i) => i.code === code) as RateItem;
const params = defaultParams();
const whole = { ...defaultParams(), deductionMode: "wholePoints" as const };
const score = (code: string, num: number, den: number, p = params) => scoreRateItem(item(code), num, den, p).score.toFixed(2);

describe("higher-is-better rate items", () => {
  it("deducts nothing at exactly 95.00%", () => {
    expect(score("U1", 95, 100)).toBe("15.00");
  });
  it("deducts 0.01 just below the threshold (94.99%)", () => {
    expect(score("U3a", 9499, 10000)).toBe("19.99");
  });
  it("passes the public test vectors of RUBRIC §7: 89.82 → 14.82, 80.00 → 5.00, 66.67 → 0.00", () => {
    expect(rateDeduction(item("U3a"), d("89.82"), params).toFixed(2)).toBe("5.18");
    expect(score("U3a", 8982, 10000)).toBe("14.82");
    expect(score("U3a", 80, 100)).toBe("5.00");
    expect(score("U3a", 2, 3)).toBe("0.00");
  });
  it("rounds the rate before deducting: 接通率 93.005% shows 93.01% and deducts round2(0.995) = 1.00", () => {
    const r = scoreRateItem(item("M1"), 93005, 100000, params);
    expect(r.rate!.toFixed(2)).toBe("93.01");
    expect(r.deduction.toFixed(2)).toBe("1.00");
    expect(r.score.toFixed(2)).toBe("19.00");
  });
  it("caps the 接通率 deduction at 15 points (D1)", () => {
    expect(score("M1", 0, 100)).toBe("5.00");
    expect(scoreRateItem(item("M1"), 0, 100, params).explanation).toContain("扣分以15分为限");
  });
  it("caps the 接通率 deduction at 20 when 接通率扣分上限 = 20", () => {
    expect(score("M1", 0, 100, { ...params, answerRateCap: d("20") })).toBe("0.00");
  });
  it("caps 及时签收率 at its full 15 points", () => {
    expect(score("U1", 10, 100)).toBe("0.00");
  });
  it("takes only whole percentage points under 按整百分点 (D2)", () => {
    expect(score("U3a", 8982, 10000, whole)).toBe("15.00");
    expect(score("M1", 9350, 10000, whole)).toBe("19.50");
    expect(scoreRateItem(item("U3a"), 8982, 10000, whole).explanation).toContain("按整百分点计5个");
  });
});

describe("lower-is-better rate items", () => {
  it("deducts nothing for 延期办结率 at exactly 10%", () => {
    expect(score("U3b", 10, 100)).toBe("5.00");
  });
  it("deducts 1 point per 5 percentage points above 10% (15% → 4.00)", () => {
    expect(score("U3b", 15, 100)).toBe("4.00");
    expect(score("U3b", 12, 100)).toBe("4.60");
  });
  it("counts only whole 5-point steps under 按整百分点 (12% → 5.00, 15% → 4.00)", () => {
    expect(score("U3b", 12, 100, whole)).toBe("5.00");
    expect(score("U3b", 19, 100, whole)).toBe("4.00");
  });
  it("allows 延期办结率 above 100% (two extensions count twice) and caps at 5", () => {
    expect(score("U3b", 200, 100)).toBe("0.00");
  });
  it("deducts 1 point per point of 红牌警告率 above 10%, capped at 10", () => {
    expect(score("U4", 12, 100)).toBe("8.00");
    expect(score("U4", 10, 100)).toBe("10.00");
    expect(score("U4", 50, 100)).toBe("0.00");
  });
});

describe("zero denominators (D9)", () => {
  it("gives full points marked 无数据 when the denominator is 0", () => {
    const r = scoreRateItem(item("U2"), 0, 0, params);
    expect(r.noData).toBe(true);
    expect(r.score.toFixed(2)).toBe("10.00");
    expect(r.explanation).toBe("及时退单率无数据（工单退回总量为0），按满分计");
  });
  it("gives full points marked 无数据 when a count is unknown", () => {
    const r = scoreRateItem(item("M1"), null, null, params);
    expect(r.noData).toBe(true);
    expect(r.score.toFixed(2)).toBe("20.00");
  });
});
