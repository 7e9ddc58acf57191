/**
 * Hand-built engine results for the render and JSON tests: the RUBRIC.md §8 worked example
 * (2026-03, 长春市) plus a non-participating unit, a second region with a blank composite, and a
 * quarter built from two of its months.
 */
import type Decimal from "decimal.js";
import { d } from "../../../src/engine/decimal";
import { defaultParams } from "../../../src/engine/params";
import { parsePeriod } from "../../../src/engine/period";
import type {
  AdjustmentResult,
  BulletinRow,
  ItemResult,
  LedgerEntry,
  Month,
  MonthResult,
  Period,
  PeriodResult,
  PeriodScore,
  Region,
  RegionMonthResult,
  Subject,
  SubjectMonthResult,
} from "../../../src/engine/types";

export const CHANGCHUN: Region = { name: "长春市", parent: null, group: "市州" };
export const JILIN: Region = { name: "吉林市", parent: null, group: "市州" };
export const NANGUAN: Region = { name: "南关区", parent: "长春市", group: "县市区" };

export const BODY: Subject = { name: "长春市12345热线管理中心", kind: "body", region: "长春市", group: null };
export const HOUSING: Subject = { name: "长春市住房和城乡建设局", kind: "unit", region: "长春市", group: "市直部门" };
export const WATER: Subject = { name: "长春水务集团", kind: "unit", region: "长春市", group: "市直部门" };
export const IDLE: Subject = { name: "长春市档案馆", kind: "unit", region: "长春市", group: "市直部门" };
export const PROVINCE: Subject = { name: "省自然资源厅", kind: "unit", region: null, group: null };

export function period(label: string): Period {
  const p = parsePeriod(label);
  if (!p) throw new Error(`bad period ${label}`);
  return p;
}

/** An item result; the deduction is the full points minus the score. */
export function item(code: string, name: string, full: string, score: string, explanation: string | null = null): ItemResult {
  return {
    code,
    name,
    full: d(full),
    score: d(score),
    deduction: d(full).minus(d(score)),
    noData: false,
    rate: null,
    explanation,
  };
}

export function adjustment(code: string, name: string, points: string, explanation: string): AdjustmentResult {
  return { code, name, points: d(points), explanation };
}

const BODY_ITEMS: [string, string, string][] = [
  ["M1", "接通率", "20"],
  ["M2", "及时派单率", "20"],
  ["M3a", "组织保障·岗位设置", "15"],
  ["M3b", "组织保障·值班计划", "5"],
  ["M3c", "组织保障·工作制度", "15"],
  ["M4", "协同配合", "10"],
  ["M5a", "履职尽责·工单记录", "10"],
  ["M5b", "履职尽责·推动治理", "5"],
];

const UNIT_ITEMS: [string, string, string][] = [
  ["U1", "及时签收率", "15"],
  ["U2", "及时退单率", "10"],
  ["U3a", "按时办结率", "20"],
  ["U3b", "延期办结率", "5"],
  ["U4", "红牌警告率", "10"],
  ["U5", "满意率", "20"],
  ["U6a", "组织保障·负责单位", "1"],
  ["U6b", "组织保障·分管领导联络员", "2"],
  ["U6c", "组织保障·联系不上", "2"],
  ["U7", "协同配合", "5"],
  ["U8a", "履职尽责·弄虚作假", "5"],
  ["U8b", "履职尽责·未回复", "5"],
];

/** Items of a kind with the given scores by code (others at full points, no explanation). */
function items(
  table: [string, string, string][],
  scores: Record<string, [string, string | null]>,
): ItemResult[] {
  return table.map(([code, name, full]) => {
    const [score, explanation] = scores[code] ?? [full, null];
    return item(code, name, full, score, explanation);
  });
}

export const REJECTED_PRAISE: LedgerEntry = {
  month: "2026-03",
  subject: BODY.name,
  item: "群众表扬",
  level: null,
  quantity: 1,
  sameMatter: null,
  points: null,
  rejected: true,
  note: "",
  source: { sheet: "台账", row: 12 },
};

/** 长春市12345热线管理中心, 2026-03 (RUBRIC §8): final 94.50. */
export function workedBody(month: Month = "2026-03"): SubjectMonthResult {
  return {
    month,
    subject: BODY,
    items: items(BODY_ITEMS, {
      M1: ["19", "接通率93.00%，低于95%的2.00个百分点，扣1.00分"],
      M2: ["18.5", "及时派单率93.50%，低于95%的1.50个百分点，扣1.50分"],
      M3a: ["13", "缺少岗位1个，扣2.00分"],
      M3b: ["2", "值班计划不合理，扣3.00分"],
      M5a: ["4", "工单记录不准确被有效投诉3件，扣6.00分"],
    }),
    base: d("86.5"),
    bonus: d("10.5"),
    penalty: d("2.5"),
    final: d("94.5"),
    bonuses: [
      adjustment("MB1", "群众表扬", "2", "群众表扬5次，加2.00分（上限2分）"),
      adjustment("MB2", "通报表彰", "4", "通报表彰2件，加4.00分（上限4分）"),
      adjustment("MB3", "媒体报道", "1.5", "省级媒体报道1件，加1.50分"),
      adjustment("MB5", "审核知识库", "1", "审核知识库250条，满100条2个，加1.00分"),
      adjustment("MB6", "治理同类问题", "2", "治理同类问题3类，超出1类的2类，加2.00分"),
    ],
    penalties: [adjustment("MP2", "通报批评或重点督办", "2.5", "省级通报批评1件，扣2.50分")],
    participates: true,
    hasStats: true,
    rejectedLedger: [REJECTED_PRAISE],
    rank: null,
    notes: [],
  };
}

/** 长春市住房和城乡建设局, 2026-03 (RUBRIC §8): final 84.90, rank 2 of 市直部门. */
export function workedUnit(month: Month = "2026-03"): SubjectMonthResult {
  return {
    month,
    subject: HOUSING,
    items: items(UNIT_ITEMS, {
      U1: ["13", "及时签收率93.00%，低于95%的2.00个百分点，扣2.00分"],
      U2: ["5", "及时退单率90.00%，低于95%的5.00个百分点，扣5.00分"],
      U3b: ["4", "延期办结率15.00%，高于10%的5.00个百分点，扣1.00分"],
      U4: ["8", "红牌警告率12.00%，高于10%的2.00个百分点，扣2.00分"],
      U5: ["18", "满意率93.00%，低于95%的2.00个百分点，扣2.00分"],
      U6c: ["1", "分管领导联络员联系不上1次，扣1.00分"],
      U8b: ["3", "未回复造成重复投诉2件，扣2.00分"],
    }),
    base: d("85"),
    bonus: d("2.4"),
    penalty: d("2.5"),
    final: d("84.9"),
    bonuses: [
      adjustment("UB4", "专题任务", "2", "专题任务加2.00分"),
      adjustment("UB5", "知识库更新", "0.4", "知识库更新23条，满5条4个，加0.40分"),
    ],
    penalties: [adjustment("UP3", "督办意见不落实", "2.5", "督办意见不落实1件，扣2.50分")],
    participates: true,
    hasStats: true,
    rejectedLedger: [],
    rank: 2,
    notes: [],
  };
}

function fullUnit(subject: Subject, month: Month, rank: number | null, participates: boolean, notes: string[]): SubjectMonthResult {
  return {
    month,
    subject,
    items: items(UNIT_ITEMS, {}),
    base: d("100"),
    bonus: d("0"),
    penalty: d("0"),
    final: d("100"),
    bonuses: [],
    penalties: [],
    participates,
    hasStats: true,
    rejectedLedger: [],
    rank,
    notes,
  };
}

export const IDLE_NOTE = "本月无工单办理，不参与汇总和排名";

function regionResult(month: Month, region: Region, fields: Partial<RegionMonthResult>): RegionMonthResult {
  return {
    month,
    region,
    group: region.group ?? "未分组",
    body: null,
    bodyScore: null,
    unitsScore: null,
    unitCount: 0,
    composite: null,
    rank: null,
    note: null,
    ...fields,
  };
}

function bulletin(month: Month, region: Region, fields: Partial<BulletinRow>): BulletinRow {
  return {
    month,
    region,
    group: region.group ?? "未分组",
    诉求总量: 0,
    接通率: null,
    工单办理总量: 0,
    及时派单率: null,
    转派工单总量: 0,
    及时签收率: null,
    按时办结率: null,
    满意率: null,
    composite: null,
    rank: null,
    ...fields,
  };
}

/**
 * The month of the worked example. Listed deliberately out of display order (吉林市 before 长春市,
 * the rank-2 unit before the rank-1 unit) so sorting is exercised.
 */
export function workedMonth(month: Month = "2026-03"): MonthResult {
  return {
    month,
    bodies: [workedBody(month)],
    units: [
      fullUnit(PROVINCE, month, null, true, []),
      workedUnit(month),
      fullUnit(IDLE, month, null, false, [IDLE_NOTE]),
      fullUnit(WATER, month, 1, true, []),
    ],
    regions: [
      regionResult(month, NANGUAN, { note: "本月无管理机构得分，也无参与工单办理的承办单位" }),
      regionResult(month, JILIN, { note: "本月无管理机构得分" }),
      regionResult(month, CHANGCHUN, {
        body: BODY.name,
        bodyScore: d("94.5"),
        unitsScore: d("92.45"),
        unitCount: 2,
        composite: d("93.27"),
        rank: 1,
      }),
    ],
    bulletin: [
      bulletin(month, JILIN, {}),
      bulletin(month, CHANGCHUN, {
        诉求总量: 10000,
        接通率: d("93"),
        工单办理总量: 8000,
        及时派单率: d("93.5"),
        转派工单总量: 400,
        及时签收率: d("93"),
        按时办结率: d("95"),
        满意率: d("93"),
        composite: d("93.27"),
        rank: 1,
      }),
    ],
  };
}

export function monthResult(label: string = "2026-03"): PeriodResult {
  return { period: period(label), months: [workedMonth(label)], bodies: [], units: [], regions: [] };
}

function score(
  kind: PeriodScore["kind"],
  name: string,
  fields: { region?: string | null; group?: string | null; score: string | null; months: [Month, string][]; missing: Month[]; rank?: number | null; note?: string | null },
): PeriodScore {
  return {
    name,
    kind,
    region: fields.region ?? null,
    group: fields.group ?? null,
    score: fields.score === null ? null : d(fields.score),
    months: new Map<Month, Decimal>(fields.months.map(([m, s]) => [m, d(s)])),
    missing: fields.missing,
    rank: fields.rank ?? null,
    note: fields.note ?? null,
  };
}

/** 2026Q1 with data in January and March only (February has none). */
export function quarterResult(): PeriodResult {
  return {
    period: period("2026Q1"),
    months: [workedMonth("2026-03"), workedMonth("2026-01")],
    bodies: [score("body", BODY.name, { region: "长春市", score: "94.5", months: [["2026-01", "94.5"], ["2026-03", "94.5"]], missing: ["2026-02"] })],
    units: [
      score("unit", PROVINCE.name, { score: "100", months: [["2026-01", "100"], ["2026-03", "100"]], missing: ["2026-02"] }),
      score("unit", HOUSING.name, { region: "长春市", group: "市直部门", score: "84.9", months: [["2026-03", "84.9"], ["2026-01", "84.9"]], missing: ["2026-02"], rank: 2 }),
      score("unit", IDLE.name, { region: "长春市", group: "市直部门", score: null, months: [], missing: ["2026-01", "2026-02", "2026-03"], note: "本期无工单办理，不参与排名" }),
      score("unit", WATER.name, { region: "长春市", group: "市直部门", score: "100", months: [["2026-01", "100"], ["2026-03", "100"]], missing: ["2026-02"], rank: 1 }),
    ],
    regions: [
      score("region", NANGUAN.name, { region: NANGUAN.name, group: "县市区", score: null, months: [], missing: ["2026-01", "2026-02", "2026-03"], note: "本期无综合得分" }),
      score("region", JILIN.name, { region: JILIN.name, group: "市州", score: null, months: [], missing: ["2026-01", "2026-02", "2026-03"], note: "本期无综合得分" }),
      score("region", CHANGCHUN.name, { region: CHANGCHUN.name, group: "市州", score: "93.27", months: [["2026-01", "93.27"], ["2026-03", "93.27"]], missing: ["2026-02"], rank: 1 }),
    ],
  };
}

export const PARAMS = defaultParams();
export const NOW = new Date("2026-04-02T02:03:04Z");
