import { d } from "../../src/engine/decimal";
import { defaultParams } from "../../src/engine/params";
import { scoreSubjectMonth } from "../../src/engine/score-subject";
import type { LedgerEntry, Params, Subject } from "../../src/engine/types";
import { body, bodyStats, entry, unit, unitStats } from "./builders";

const M = "2026-03";
const B = body("甲市热线中心", "甲市");
const U = unit("甲市住建局", "甲市");
const perfectBody = bodyStats(M, B.name, { 诉求总量: 100, 及时受理诉求量: 100, 工单办理总量: 100, 及时派发工单量: 100 });
const governed = entry(M, B.name, "治理同类问题");

type Row = Partial<LedgerEntry> & { item: string };
function run(subject: Subject, rows: Row[], params: Params = defaultParams()) {
  const entries = rows.map((r) => entry(M, subject.name, r.item, r));
  const stats = subject.kind === "body" ? perfectBody : unitStats(M, subject.name);
  return scoreSubjectMonth(subject, M, stats, subject.kind === "body" ? [governed, ...entries] : entries, params);
}
const item = (r: ReturnType<typeof run>, code: string) => r.items.find((i) => i.code === code)!.score.toFixed(2);
const bonus = (r: ReturnType<typeof run>, code: string) => r.bonuses.find((b) => b.code === code)?.points.toFixed(2) ?? "none";
const penalty = (r: ReturnType<typeof run>, code: string) => r.penalties.find((b) => b.code === code)?.points.toFixed(2) ?? "none";

describe("body deduction items", () => {
  it("deducts 2 per missing post and stops at 15 (M3a)", () => {
    expect(item(run(B, [{ item: "缺少岗位", quantity: 7 }]), "M3a")).toBe("1.00");
    expect(item(run(B, [{ item: "缺少岗位", quantity: 8 }]), "M3a")).toBe("0.00");
  });
  it("deducts 3 for an unreasonable duty plan, 5 for none, capped at 5 (M3b)", () => {
    expect(item(run(B, [{ item: "值班计划不合理" }]), "M3b")).toBe("2.00");
    expect(item(run(B, [{ item: "未制定值班计划" }]), "M3b")).toBe("0.00");
    expect(item(run(B, [{ item: "值班计划不合理" }, { item: "未制定值班计划" }]), "M3b")).toBe("0.00");
  });
  it("deducts 5 per escalation, capped at 10 (M4)", () => {
    expect(item(run(B, [{ item: "未沟通导致事态升级" }]), "M4")).toBe("5.00");
    expect(item(run(B, [{ item: "未沟通导致事态升级", quantity: 3 }]), "M4")).toBe("0.00");
  });
  it("deducts 5 when the month has no 治理同类问题 row (M5b)", () => {
    const r = scoreSubjectMonth(B, M, perfectBody, [], defaultParams());
    expect(item(r, "M5b")).toBe("0.00");
    expect(r.items.find((i) => i.code === "M5b")!.explanation).toContain("无“治理同类问题”记录");
  });
  it("still deducts M5b when the only 治理同类问题 row is rejected in review", () => {
    const r = scoreSubjectMonth(B, M, perfectBody, [entry(M, B.name, "治理同类问题", { rejected: true })], defaultParams());
    expect(item(r, "M5b")).toBe("0.00");
    expect(r.rejectedLedger).toHaveLength(1);
  });
});

describe("body bonus and penalty items", () => {
  it("adds 0.5 per praise, capped at 2 (MB1)", () => {
    expect(bonus(run(B, [{ item: "群众表扬", quantity: 3 }]), "MB1")).toBe("1.50");
    expect(bonus(run(B, [{ item: "群众表扬", quantity: 5 }]), "MB1")).toBe("2.00");
  });
  it("counts a 数量 of 2 without 同一事项 as two matters (MB2 市级 ×2 = 2)", () => {
    expect(bonus(run(B, [{ item: "通报表彰", level: "市级", quantity: 2 }]), "MB2")).toBe("2.00");
  });
  it("counts rows sharing 同一事项 once at their highest level whatever their 数量 (MB3)", () => {
    const r = run(B, [
      { item: "媒体报道", level: "市级", sameMatter: "经验A", quantity: 3 },
      { item: "媒体报道", level: "省级", sameMatter: "经验A" },
    ]);
    expect(bonus(r, "MB3")).toBe("1.50");
  });
  it("words a leveled bonus level by level, highest first, with each 同一事项 group and the cap (MB2)", () => {
    const r = run(B, [
      { item: "通报表彰", level: "市级", quantity: 2 },
      { item: "通报表彰", level: "省级", sameMatter: "A" },
      { item: "通报表彰", level: "国家级", sameMatter: "A" },
      { item: "通报表彰", level: "省级" },
      { item: "通报表彰", level: "国家级", rejected: true },
    ]);
    expect(bonus(r, "MB2")).toBe("4.00");
    expect(r.bonuses.find((b) => b.code === "MB2")!.explanation).toBe(
      "通报表彰国家级1件（每件4分）、省级1件（每件2分）、市级2件（每件1分）；同一事项“A”2条记录按最高级别国家级计1件，以上限4分计，加4.00分",
    );
  });
  it("keeps the same-matter scope to one item: 通报表彰 A and 媒体报道 A are two matters", () => {
    const r = run(B, [
      { item: "通报表彰", level: "市级", sameMatter: "A" },
      { item: "媒体报道", level: "市级", sameMatter: "A" },
    ]);
    expect([bonus(r, "MB2"), bonus(r, "MB3")]).toEqual(["1.00", "1.00"]);
  });
  it("adds 1 per coordinated difficult demand, capped at 3 (MB4)", () => {
    expect(bonus(run(B, [{ item: "协调疑难诉求获满意", quantity: 4 }]), "MB4")).toBe("3.00");
  });
  it("adds 0.5 per full 100 reviewed entries only (MB5, D5): 99 → 0, 100 → 0.5, 1300 → 3", () => {
    expect(bonus(run(B, [{ item: "审核知识库", quantity: 99 }]), "MB5")).toBe("0.00");
    expect(bonus(run(B, [{ item: "审核知识库", quantity: 60 }, { item: "审核知识库", quantity: 40 }]), "MB5")).toBe("0.50");
    expect(bonus(run(B, [{ item: "审核知识库", quantity: 1300 }]), "MB5")).toBe("3.00");
  });
  it("adds 1 per governed category beyond the first, capped at 5 (MB6, D4)", () => {
    const r = (n: number) => scoreSubjectMonth(B, M, perfectBody, [entry(M, B.name, "治理同类问题", { quantity: n })], defaultParams());
    expect(bonus(r(1), "MB6")).toBe("0.00");
    expect(bonus(r(4), "MB6")).toBe("3.00");
    expect(bonus(r(9), "MB6")).toBe("5.00");
  });
  it("deducts 2.5 per long-standing complaint, capped at 5 (MP1)", () => {
    expect(penalty(run(B, [{ item: "长期投诉或媒体曝光", quantity: 3 }]), "MP1")).toBe("5.00");
  });
  it("deducts 5 per national criticism without a cap, and caps only the 省级 part at 5 (MP2, D3)", () => {
    const r = run(B, [
      { item: "通报批评或重点督办", level: "国家级", quantity: 2 },
      { item: "通报批评或重点督办", level: "省级", quantity: 3 },
    ]);
    expect(penalty(r, "MP2")).toBe("15.00");
  });
  it("caps the whole criticism item at N when 国家级通报批评上限 = N (D13)", () => {
    const params = { ...defaultParams(), nationalCriticismCap: d("5") };
    const r = run(B, [
      { item: "通报批评或重点督办", level: "国家级", quantity: 2 },
      { item: "通报批评或重点督办", level: "省级" },
    ], params);
    expect(penalty(r, "MP2")).toBe("5.00");
    const u = run(U, [{ item: "通报批评或重点督办", level: "国家级", quantity: 3 }], params);
    expect(penalty(u, "UP2")).toBe("5.00");
  });
  it("lets the final score pass 100 (D11: no clamp)", () => {
    const r = run(B, [{ item: "群众表扬", quantity: 4 }, { item: "通报表彰", level: "国家级" }]);
    expect(r.final.toFixed(2)).toBe("106.00");
  });
});

describe("unit ledger items", () => {
  it("deducts 1 for no responsible unit, capped at 1 (U6a)", () => {
    expect(item(run(U, [{ item: "未指定负责单位", quantity: 2 }]), "U6a")).toBe("0.00");
  });
  it("deducts 1 per unreported change (U6b) and per unreachable contact (U6c), each capped at 2", () => {
    const r = run(U, [{ item: "分管领导联络员未确定或变动未报备", quantity: 3 }, { item: "分管领导联络员联系不上" }]);
    expect([item(r, "U6b"), item(r, "U6c")]).toEqual(["0.00", "1.00"]);
  });
  it("deducts 1 per missed meeting, capped at 5 (U7); 2.5 per falsification, capped at 5 (U8a); 1 per unanswered, capped at 5 (U8b)", () => {
    const r = run(U, [{ item: "未参会或未按时报送材料", quantity: 6 }, { item: "弄虚作假" }, { item: "未回复造成重复投诉", quantity: 4 }]);
    expect([item(r, "U7"), item(r, "U8a"), item(r, "U8b")]).toEqual(["0.00", "2.50", "1.00"]);
  });
  it("scores 县级 praise for units only (UB2 县级 1, UB3 县级 1)", () => {
    const r = run(U, [{ item: "通报表彰", level: "县级" }, { item: "媒体报道", level: "县级" }]);
    expect([bonus(r, "UB2"), bonus(r, "UB3")]).toEqual(["1.00", "1.00"]);
  });
  it("uses the unit levels: 市级 通报表彰 1.5, 省级 媒体报道 2", () => {
    const r = run(U, [{ item: "通报表彰", level: "市级" }, { item: "媒体报道", level: "省级" }]);
    expect([bonus(r, "UB2"), bonus(r, "UB3")]).toEqual(["1.50", "2.00"]);
  });
  it("adds each 专题任务's 分值 and caps the month at 3 (UB4, D7)", () => {
    expect(bonus(run(U, [{ item: "专题任务", points: "1.5" }]), "UB4")).toBe("1.50");
    expect(bonus(run(U, [{ item: "专题任务", points: "2" }, { item: "专题任务", points: "1.5" }]), "UB4")).toBe("3.00");
  });
  it("adds 0.1 per full 5 knowledge entries, capped at 3 (UB5)", () => {
    expect(bonus(run(U, [{ item: "知识库更新", quantity: 4 }]), "UB5")).toBe("0.00");
    expect(bonus(run(U, [{ item: "知识库更新", quantity: 23 }]), "UB5")).toBe("0.40");
    expect(bonus(run(U, [{ item: "知识库更新", quantity: 200 }]), "UB5")).toBe("3.00");
  });
  it("deducts 2.5 per unimplemented supervision opinion, capped at 5 (UP3)", () => {
    expect(penalty(run(U, [{ item: "督办意见不落实", quantity: 3 }]), "UP3")).toBe("5.00");
  });
  it("leaves out rows with 审核 = 不通过 and lists them", () => {
    const r = run(U, [{ item: "群众表扬", quantity: 2, rejected: true }, { item: "群众表扬" }]);
    expect(bonus(r, "UB1")).toBe("0.50");
    expect(r.rejectedLedger.map((e) => e.quantity)).toEqual([2]);
  });
});
