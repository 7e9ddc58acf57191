/**
 * The hand-written part of the example workbook: RUBRIC.md §8 for 2026-03, and the rest of the
 * 长春市 region tree that month, chosen so the region's units part is exactly the §8 figure
 * (92.45: the other participating units average 92.45 between them) and its composite is 93.27.
 */
export const WORKED_MONTH = "2026-03";
export const WORKED_REGION = "长春市";
export const WORKED_BODY = "长春市12345热线管理中心";
export const WORKED_UNIT = "长春市住房和城乡建设局";
/** The second unit of §8: every rate 100%, no ledger rows, 100.00. */
export const WORKED_PERFECT_UNIT = "长春市水务局";
/** The unit with no tickets at all in 2026-03 (scored, not participating). */
export const IDLE_UNIT = "长春市九台区市场监督管理局";

/** Counts in the order of UNIT_COUNT_FIELDS. */
export type UnitCounts = readonly number[];

/** 受理统计 of the §8 body: 诉求总量, 及时受理诉求量, 工单办理总量, 及时派发工单量. */
export const WORKED_BODY_COUNTS: readonly number[] = [10000, 9300, 8000, 7480];

/**
 * 办理统计 of every unit of the 长春市 tree in 2026-03, in UNIT_COUNT_FIELDS order
 * (转派, 及时签收, 退回, 及时退回, 办结, 按时办结, 延期办结, 办理, 红牌, 参评, 满意),
 * with the final score each one must get (no ledger rows except the §8 unit's).
 */
export const WORKED_UNIT_ROWS: ReadonlyArray<{ unit: string; counts: UnitCounts; expected: string; why: string }> = [
  { unit: WORKED_UNIT, counts: [400, 372, 20, 18, 380, 361, 57, 400, 48, 300, 279], expected: "84.90", why: "RUBRIC §8" },
  { unit: WORKED_PERFECT_UNIT, counts: [260, 260, 12, 12, 250, 250, 0, 260, 0, 180, 180], expected: "100.00", why: "全部满分" },
  {
    unit: "长春市交通运输局",
    counts: [2000, 1849, 60, 58, 1900, 1850, 95, 2000, 80, 1200, 1080],
    expected: "92.45",
    why: "及时签收率92.45%扣2.55分，满意率90.00%扣5.00分",
  },
  {
    unit: "长春市供热管理办公室",
    counts: [1100, 1080, 40, 39, 1000, 817, 80, 1100, 66, 700, 672],
    expected: "86.70",
    why: "按时办结率81.70%扣13.30分",
  },
  {
    unit: "长春市市场监督管理局",
    counts: [520, 510, 20, 18, 500, 490, 30, 520, 20, 350, 340],
    expected: "95.00",
    why: "及时退单率90.00%扣5.00分",
  },
  {
    unit: "长春市朝阳区住房和城乡建设局",
    counts: [1000, 863, 30, 29, 950, 930, 60, 1000, 40, 600, 590],
    expected: "91.30",
    why: "及时签收率86.30%扣8.70分",
  },
  {
    unit: "长春市朝阳区市场监督管理局",
    counts: [400, 395, 15, 15, 390, 385, 20, 400, 50, 260, 255],
    expected: "97.50",
    why: "红牌警告率12.50%扣2.50分",
  },
  {
    unit: "长春市朝阳区红旗街道办事处",
    counts: [310, 305, 8, 8, 300, 290, 57, 310, 9, 200, 196],
    expected: "98.20",
    why: "延期办结率19.00%扣1.80分",
  },
  {
    unit: "长春市南关区住房和城乡建设局",
    counts: [1050, 1030, 35, 34, 1000, 849, 70, 1050, 50, 650, 640],
    expected: "89.90",
    why: "按时办结率84.90%扣10.10分",
  },
  {
    unit: "长春市南关区市场监督管理局",
    counts: [700, 690, 25, 25, 680, 670, 40, 700, 30, 500, 443],
    expected: "93.60",
    why: "满意率88.60%扣6.40分",
  },
  {
    unit: "长春市九台区住房和城乡建设局",
    counts: [600, 540, 18, 18, 580, 570, 30, 600, 20, 500, 437],
    expected: "87.40",
    why: "及时签收率90.00%扣5.00分，满意率87.40%扣7.60分",
  },
  { unit: IDLE_UNIT, counts: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], expected: "100.00", why: "本月无工单" },
];

/** The figures of RUBRIC §8 the example reproduces. */
export const WORKED_EXPECTED = {
  body: "94.50",
  unit: "84.90",
  unitsPart: "92.45",
  composite: "93.27",
} as const;

/** A 台账 row as the sheet holds it: 月份, 单位, 事项, 级别, 数量, 同一事项, 分值, 审核, 说明. */
export type LedgerRow = [string, string, string, string | null, number | null, string | null, number | null, string | null, string];

const body = (item: string, level: string | null, qty: number | null, same: string | null, note: string): LedgerRow => [
  WORKED_MONTH, WORKED_BODY, item, level, qty, same, null, null, note,
];
const unit = (item: string, qty: number | null, points: number | null, note: string): LedgerRow => [
  WORKED_MONTH, WORKED_UNIT, item, null, qty, null, points, null, note,
];

/** The 台账 rows of RUBRIC §8, exactly as written there. */
export const WORKED_LEDGER_ROWS: readonly LedgerRow[] = [
  body("缺少岗位", null, 1, null, "未设置质检岗位"),
  body("值班计划不合理", null, null, null, "3月值班计划夜班仅安排1人"),
  body("工单记录不准确被有效投诉", null, 3, null, "诉求人有效投诉工单记录与通话内容不符"),
  body("治理同类问题", null, 3, null, "供热不热、老旧小区漏水、占道经营三类问题集中治理"),
  body("群众表扬", null, 5, null, "收到群众表扬信5封"),
  body("通报表彰", "省级", null, "A", "冬季供热保障工作获省政府通报表彰"),
  body("通报表彰", "国家级", null, "A", "同一事项获国务院办公厅通报表彰"),
  body("通报表彰", "市级", null, null, "市政府通报表彰话务服务标兵"),
  body("媒体报道", "省级", null, null, "吉林日报报道热线快速响应机制"),
  body("审核知识库", null, 250, null, "审核知识库条目250条"),
  body("通报批评或重点督办", "省级", null, null, "省级通报：春节期间接通率偏低"),
  unit("分管领导联络员联系不上", 1, null, "3月12日联络员电话无法接通"),
  unit("未回复造成重复投诉", 2, null, "2件工单未回复诉求人导致重复投诉"),
  unit("知识库更新", 23, null, "更新住房保障政策知识库条目23条"),
  unit("专题任务", null, 2, "老旧小区改造专题任务完成较好，审核赋2分"),
  unit("督办意见不落实", 1, null, "物业维修督办意见未落实"),
];
