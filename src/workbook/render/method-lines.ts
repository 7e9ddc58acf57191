import type { Params } from "../../engine/types";

/** One line of the 计算方法 section: a topic and its rule in short Chinese words. */
export interface MethodLine {
  topic: string;
  rule: string;
}

/**
 * How the scores were computed, in short Chinese lines that follow the parameters actually used
 * (weights, deduction mode, unit aggregation, criticism cap), so a recipient can redo the arithmetic.
 */
export function methodLines(params: Params): MethodLine[] {
  const whole = params.deductionMode === "wholePoints";
  const shortfall = whole ? "不足标准的整百分点数（舍去小数）" : "不足标准的百分点数（按实际差值）";
  const units =
    params.unitAggregation === "weightedByDispatched"
      ? "本地区及下级地区参与工单办理的承办单位最终得分按转派工单总量加权平均（全部为0时取算术平均）"
      : "本地区及下级地区参与工单办理的承办单位最终得分的算术平均";
  const cap =
    params.nationalCriticismCap === null
      ? "国家级每件扣5分、不设上限，省级每件扣2.5分、省级部分上限5分"
      : `国家级每件扣5分，省级每件扣2.5分、省级部分上限5分，整项上限${params.nationalCriticismCap.toString()}分`;
  return [
    { topic: "取整规则", rule: "所有显示的数值四舍五入保留两位小数，后续计算一律使用显示值" },
    { topic: "比率", rule: "比率% = 分子 ÷ 分母 × 100，保留两位小数；分母为0时该项得满分并标注“无数据”" },
    { topic: "比率扣分（越高越好）", rule: `扣分 = ${shortfall} × 每个百分点扣分，不超过该项上限，扣分先保留两位小数` },
    { topic: "比率扣分（越低越好）", rule: `扣分 = 超出标准的百分点数 ÷ 步长 × 每步扣分${whole ? "（只计整步）" : ""}，不超过该项上限` },
    { topic: "台账扣分", rule: "按台账事项件数 × 每件扣分，不超过该项上限；审核为“不通过”的台账行列出但不计分" },
    { topic: "接通率扣分", rule: `低于95%时每个百分点扣0.5分，最多扣${params.answerRateCap.toString()}分` },
    { topic: "通报批评或重点督办", rule: cap },
    { topic: "基础分", rule: "各基础项得分之和（满分100）" },
    { topic: "最终得分", rule: "基础分 + 加分 − 减分，不设上下限" },
    { topic: "承办单位部分", rule: units },
    {
      topic: "地区综合得分",
      rule: `${params.bodyWeight.toString()} × 管理机构得分 + ${params.unitWeight.toString()} × 承办单位部分；缺少其中一项时不计算并说明原因`,
    },
    { topic: "未参与工单办理", rule: "当月转派、办理、办结工单均为0的承办单位列出得分，但不参与汇总和排名" },
    { topic: "排名", rule: "同一排名分组内按得分从高到低排名，得分相同名次相同，其后名次顺延（1、2、2、4）；管理机构不单独排名" },
    { topic: "季度和年度得分", rule: "期间内各月得分的平均值（保留两位小数），并列出缺少得分的月份" },
    {
      topic: "上期得分和名次变化",
      rule: "上期为同类型的前一期（月、季度、年度），用同一工作簿、同一参数计算；名次变化 = 上期名次 − 本期名次（↑上升、↓下降、—不变），上期无数据或无名次时空白",
    },
    {
      topic: "达标差距",
      rule: "月度有扣分的比率项，分母不变时分子最少再增加（延期办结率、红牌警告率为再减少）多少件可不扣分：按上述扣分规则，变动该件数时扣分为0，少变动一件仍有扣分",
    },
  ];
}
