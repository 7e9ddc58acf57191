import type { Level, SubjectKind } from "./types";

/**
 * How a ledger item (台账 事项) counts, RUBRIC.md §3–§5.
 * - `count`: 数量 = how many times (blank = 1).
 * - `leveled`: needs 级别; each matter counts by level (通报表彰, 媒体报道 accept 同一事项).
 * - `entries`: 数量 = number of knowledge-base entries (rows of a month are added up).
 * - `categories`: 数量 = number of categories governed (治理同类问题).
 * - `points`: 分值 1–3 per row (专题任务).
 */
export type LedgerKind = "count" | "leveled" | "entries" | "categories" | "points";

export interface LedgerItemSpec {
  name: string;
  kind: LedgerKind;
  /** Levels accepted (leveled items only). */
  levels: readonly Level[];
  /** Whether 同一事项 applies. */
  sameMatter: boolean;
}

const count = (name: string): LedgerItemSpec => ({ name, kind: "count", levels: [], sameMatter: false });

const BODY_LEDGER: readonly LedgerItemSpec[] = [
  count("缺少岗位"),
  count("值班计划不合理"),
  count("未制定值班计划"),
  count("缺少工作制度"),
  count("未沟通导致事态升级"),
  count("工单记录不准确被有效投诉"),
  { name: "治理同类问题", kind: "categories", levels: [], sameMatter: false },
  count("群众表扬"),
  { name: "通报表彰", kind: "leveled", levels: ["国家级", "省级", "市级"], sameMatter: true },
  { name: "媒体报道", kind: "leveled", levels: ["国家级", "省级", "市级"], sameMatter: true },
  count("协调疑难诉求获满意"),
  { name: "审核知识库", kind: "entries", levels: [], sameMatter: false },
  count("长期投诉或媒体曝光"),
  { name: "通报批评或重点督办", kind: "leveled", levels: ["国家级", "省级"], sameMatter: false },
];

const UNIT_LEDGER: readonly LedgerItemSpec[] = [
  count("未指定负责单位"),
  count("分管领导联络员未确定或变动未报备"),
  count("分管领导联络员联系不上"),
  count("未参会或未按时报送材料"),
  count("弄虚作假"),
  count("未回复造成重复投诉"),
  count("群众表扬"),
  { name: "通报表彰", kind: "leveled", levels: ["国家级", "省级", "市级", "县级"], sameMatter: true },
  { name: "媒体报道", kind: "leveled", levels: ["国家级", "省级", "市级", "县级"], sameMatter: true },
  { name: "专题任务", kind: "points", levels: [], sameMatter: false },
  { name: "知识库更新", kind: "entries", levels: [], sameMatter: false },
  count("长期投诉或媒体曝光"),
  { name: "通报批评或重点督办", kind: "leveled", levels: ["国家级", "省级"], sameMatter: false },
  count("督办意见不落实"),
];

export const LEDGER_CATALOGUE: Readonly<Record<SubjectKind, readonly LedgerItemSpec[]>> = {
  body: BODY_LEDGER,
  unit: UNIT_LEDGER,
};

/** The ledger item of that name for a subject kind, or undefined when it does not belong to it. */
export function ledgerItem(kind: SubjectKind, name: string): LedgerItemSpec | undefined {
  return LEDGER_CATALOGUE[kind].find((s) => s.name === name);
}

/** Every item name of either kind, in catalogue order (for dropdowns and "unknown item" checks). */
export const ALL_LEDGER_ITEM_NAMES: readonly string[] = [
  ...new Set([...BODY_LEDGER, ...UNIT_LEDGER].map((s) => s.name)),
];
