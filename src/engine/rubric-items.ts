import type { BodyCountField, SubjectKind, UnitCountField } from "./types";

/**
 * The base items of RUBRIC.md §3–§4 as data, checked by one routine per kind
 * (score-rate.ts for rate items, score-ledger.ts for ledger items).
 * Every number is an exact decimal string.
 */
export type CountField = BodyCountField | UnitCountField;

export interface RateItem {
  kind: "rate";
  code: string;
  name: string;
  full: string;
  numerator: CountField;
  denominator: CountField;
  /** higher: deduct below the threshold; lower: deduct above it. */
  better: "higher" | "lower";
  threshold: string;
  /** k points per `step` percentage points. */
  pointsPerStep: string;
  step: string;
  /** Deduction cap; `param:answerRateCap` reads the 接通率扣分上限 parameter (D1). */
  cap: string | "param:answerRateCap";
}

/** A ledger deduction: Σ count × points of the listed 事项, capped. */
export interface LedgerDeductionItem {
  kind: "ledger";
  code: string;
  name: string;
  full: string;
  rules: readonly { item: string; points: string; unit: string }[];
  cap: string;
}

/** Deduct `points` when the month has no approved row of `item` (M5b 推动治理). */
export interface RequiredLedgerItem {
  kind: "required";
  code: string;
  name: string;
  full: string;
  item: string;
  points: string;
}

export type BaseItem = RateItem | LedgerDeductionItem | RequiredLedgerItem;

const higher = (code: string, name: string, full: string, numerator: CountField, denominator: CountField,
  cap: RateItem["cap"] = full): RateItem => ({
  kind: "rate", code, name, full, numerator, denominator, better: "higher",
  threshold: "95", pointsPerStep: "1", step: "1", cap,
});

const ledger = (code: string, name: string, full: string, cap: string,
  ...rules: { item: string; points: string; unit: string }[]): LedgerDeductionItem => ({
  kind: "ledger", code, name, full, rules, cap,
});

export const BODY_ITEMS: readonly BaseItem[] = [
  { ...higher("M1", "接通率", "20", "及时受理诉求量", "诉求总量", "param:answerRateCap"), pointsPerStep: "0.5" },
  higher("M2", "及时派单率", "20", "及时派发工单量", "工单办理总量"),
  ledger("M3a", "组织保障·岗位设置", "15", "15", { item: "缺少岗位", points: "2", unit: "个" }),
  ledger("M3b", "组织保障·值班计划", "5", "5",
    { item: "值班计划不合理", points: "3", unit: "次" }, { item: "未制定值班计划", points: "5", unit: "次" }),
  ledger("M3c", "组织保障·工作制度", "15", "15", { item: "缺少工作制度", points: "2", unit: "项" }),
  ledger("M4", "协同配合", "10", "10", { item: "未沟通导致事态升级", points: "5", unit: "件" }),
  ledger("M5a", "履职尽责·工单记录", "10", "10", { item: "工单记录不准确被有效投诉", points: "2", unit: "件" }),
  { kind: "required", code: "M5b", name: "履职尽责·推动治理", full: "5", item: "治理同类问题", points: "5" },
];

export const UNIT_ITEMS: readonly BaseItem[] = [
  higher("U1", "及时签收率", "15", "及时签收工单量", "转派工单总量"),
  higher("U2", "及时退单率", "10", "及时退回工单量", "工单退回总量"),
  higher("U3a", "按时办结率", "20", "按时办结工单量", "办结工单总量"),
  {
    kind: "rate", code: "U3b", name: "延期办结率", full: "5", numerator: "延期办结工单量", denominator: "办结工单总量",
    better: "lower", threshold: "10", pointsPerStep: "1", step: "5", cap: "5",
  },
  {
    kind: "rate", code: "U4", name: "红牌警告率", full: "10", numerator: "红牌警告工单量", denominator: "办理工单总量",
    better: "lower", threshold: "10", pointsPerStep: "1", step: "1", cap: "10",
  },
  higher("U5", "满意率", "20", "满意工单量", "满意度参评工单量"),
  ledger("U6a", "组织保障·负责单位", "1", "1", { item: "未指定负责单位", points: "1", unit: "次" }),
  ledger("U6b", "组织保障·分管领导联络员", "2", "2", { item: "分管领导联络员未确定或变动未报备", points: "1", unit: "次" }),
  ledger("U6c", "组织保障·联系不上", "2", "2", { item: "分管领导联络员联系不上", points: "1", unit: "次" }),
  ledger("U7", "协同配合", "5", "5", { item: "未参会或未按时报送材料", points: "1", unit: "件" }),
  ledger("U8a", "履职尽责·弄虚作假", "5", "5", { item: "弄虚作假", points: "2.5", unit: "件" }),
  ledger("U8b", "履职尽责·未回复", "5", "5", { item: "未回复造成重复投诉", points: "1", unit: "件" }),
];

export const BASE_ITEMS: Readonly<Record<SubjectKind, readonly BaseItem[]>> = { body: BODY_ITEMS, unit: UNIT_ITEMS };

/** The JSON groups of WORKBOOK.md: M3 = M3a+M3b+M3c, U3 = U3a+U3b, … */
export function itemGroup(code: string): string {
  return code.replace(/[a-z]$/, "");
}
