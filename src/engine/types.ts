import type Decimal from "decimal.js";
import type { PeriodTrends } from "./trend-text";

/** A calendar month as `YYYY-MM`, e.g. `2026-03`. */
export type Month = string;

/** Where a record came from in the workbook (1-based row), so results and problems can cite it. */
export interface SourceRef {
  sheet: string;
  row: number;
}

export type SubjectKind = "body" | "unit";

/** 地区: a region with an optional parent and ranking group (null = 未分组). */
export interface Region {
  name: string;
  parent: string | null;
  group: string | null;
  source?: SourceRef;
}

/** 单位: a management body (管理机构, "body") or a handling unit (承办单位, "unit"). */
export interface Subject {
  name: string;
  kind: SubjectKind;
  region: string | null;
  group: string | null;
  source?: SourceRef;
}

export const BODY_COUNT_FIELDS = ["诉求总量", "及时受理诉求量", "工单办理总量", "及时派发工单量"] as const;
export type BodyCountField = (typeof BODY_COUNT_FIELDS)[number];

export const UNIT_COUNT_FIELDS = [
  "转派工单总量",
  "及时签收工单量",
  "工单退回总量",
  "及时退回工单量",
  "办结工单总量",
  "按时办结工单量",
  "延期办结工单量",
  "办理工单总量",
  "红牌警告工单量",
  "满意度参评工单量",
  "满意工单量",
] as const;
export type UnitCountField = (typeof UNIT_COUNT_FIELDS)[number];

/**
 * One statistics row of a subject for a month. A count is `null` when it is not available
 * (e.g. 诉求总量 of a body whose statistics were derived from tickets alone): every rate item
 * that needs it is then scored as 无数据.
 */
export interface StatsRow<F extends string> {
  month: Month;
  subject: string;
  counts: Record<F, number | null>;
  source?: SourceRef;
}
export type BodyStats = StatsRow<BodyCountField>;
export type UnitStats = StatsRow<UnitCountField>;

export type Level = "国家级" | "省级" | "市级" | "县级";
export const LEVELS: readonly Level[] = ["国家级", "省级", "市级", "县级"];

/** One 台账 row, already validated. */
export interface LedgerEntry {
  month: Month;
  subject: string;
  /** 事项: exact ledger item name of RUBRIC.md §3–§4. */
  item: string;
  level: Level | null;
  /** 数量 (blank = 1): a positive whole number. */
  quantity: number;
  /** 同一事项 key, only used on 通报表彰 and 媒体报道. */
  sameMatter: string | null;
  /** 分值 as a decimal string (专题任务 only). */
  points: string | null;
  /** 审核 = 不通过: the row is listed but does not count. */
  rejected: boolean;
  note: string;
  source?: SourceRef;
}

export type DeductionMode = "proportional" | "wholePoints";
export type UnitAggregation = "mean" | "weightedByDispatched";

/** The parameters of RUBRIC.md §7 (names in the `参数` sheet are in PARAM_SPECS). */
export interface Params {
  /** 接通率扣分上限 (D1), default 15. */
  answerRateCap: Decimal;
  /** 扣分方式 (D2): 按比例 | 按整百分点. */
  deductionMode: DeductionMode;
  /** 国家级通报批评上限 (D3/D13): null = 无 (no cap). */
  nationalCriticismCap: Decimal | null;
  /** 承办单位汇总 (D6): 算术平均 | 按转派量加权. */
  unitAggregation: UnitAggregation;
  /** 管理机构权重, default 0.4. */
  bodyWeight: Decimal;
  /** 承办单位权重, default 0.6. */
  unitWeight: Decimal;
}

/** Everything the engine needs, parsed and validated. */
export interface ScoringInput {
  regions: Region[];
  subjects: Subject[];
  bodyStats: BodyStats[];
  unitStats: UnitStats[];
  ledger: LedgerEntry[];
  params: Params;
}

// ---------------------------------------------------------------- results

/** The score of one base item (e.g. M1 接通率, U3b 延期办结率) for one subject and month. */
export interface ItemResult {
  code: string;
  name: string;
  full: Decimal;
  score: Decimal;
  deduction: Decimal;
  /** True when the rate's denominator is 0 or unknown: full points, marked 无数据. */
  noData: boolean;
  /** Rate in percent (round2), for rate items with data. */
  rate: Decimal | null;
  /** Chinese words explaining the deduction or 无数据; null when nothing to say. */
  explanation: string | null;
}

/** One bonus (加分) or penalty (减分) item that applied, e.g. MB2 通报表彰. */
export interface AdjustmentResult {
  code: string;
  name: string;
  points: Decimal;
  explanation: string;
}

export interface SubjectMonthResult {
  month: Month;
  subject: Subject;
  items: ItemResult[];
  base: Decimal;
  bonus: Decimal;
  penalty: Decimal;
  final: Decimal;
  bonuses: readonly AdjustmentResult[];
  penalties: readonly AdjustmentResult[];
  /** Bodies: always true. Units: 转派, 办理 or 办结 above 0 (RUBRIC §1). */
  participates: boolean;
  /** False when scored from ledger rows alone. */
  hasStats: boolean;
  /** Ledger rows with 审核 = 不通过 (listed, not counted). */
  rejectedLedger: readonly LedgerEntry[];
  /** Rank within the subject's 排名分组 (participating units with a group); null otherwise. */
  rank: number | null;
  /** Notes such as 本月无工单办理，不参与汇总和排名. */
  notes: readonly string[];
}

export interface RegionMonthResult {
  month: Month;
  region: Region;
  /** 排名分组, or 未分组. */
  group: string;
  body: string | null;
  bodyScore: Decimal | null;
  unitsScore: Decimal | null;
  /** Units counted in the units part. */
  unitCount: number;
  composite: Decimal | null;
  rank: number | null;
  /** Why the composite is blank, else null. */
  note: string | null;
}

/** 月通报: pooled volumes and rates of a region and every region below it. */
export interface BulletinRow {
  month: Month;
  region: Region;
  group: string;
  诉求总量: number;
  接通率: Decimal | null;
  工单办理总量: number;
  及时派单率: Decimal | null;
  转派工单总量: number;
  及时签收率: Decimal | null;
  按时办结率: Decimal | null;
  满意率: Decimal | null;
  composite: Decimal | null;
  rank: number | null;
}

export interface MonthResult {
  month: Month;
  bodies: SubjectMonthResult[];
  units: SubjectMonthResult[];
  regions: RegionMonthResult[];
  bulletin: BulletinRow[];
}

/** A quarter or year score: mean of the monthly scores present (RUBRIC §6, D8). */
export interface PeriodScore {
  name: string;
  kind: "body" | "unit" | "region";
  region: string | null;
  group: string | null;
  score: Decimal | null;
  months: Map<Month, Decimal>;
  /** Months of the period without a score. */
  missing: Month[];
  rank: number | null;
  note: string | null;
}

export type PeriodKind = "month" | "quarter" | "year";
export interface Period {
  /** As the user wrote it, normalised: `2026-03`, `2026Q1`, `2026`. */
  label: string;
  kind: PeriodKind;
  months: Month[];
}

export interface PeriodResult {
  period: Period;
  /** Monthly results of every month of the period that has any data. */
  months: MonthResult[];
  /** Quarter/year aggregates; empty for a month. */
  bodies: PeriodScore[];
  units: PeriodScore[];
  regions: PeriodScore[];
  /** 上期得分, 上期名次, 名次变化 and 达标差距 (RUBRIC §9): set by withTrends (computeWorkbook always does). */
  trends?: PeriodTrends;
}
