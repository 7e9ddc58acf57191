import type Decimal from "decimal.js";
import { d } from "./decimal";
import type { DeductionMode, Params, UnitAggregation } from "./types";

/** The defaults of RUBRIC.md §7 and WORKBOOK.md `参数`. */
export function defaultParams(): Params {
  return {
    answerRateCap: d("15"),
    deductionMode: "proportional",
    nationalCriticismCap: null,
    unitAggregation: "mean",
    bodyWeight: d("0.4"),
    unitWeight: d("0.6"),
  };
}

/** Text → value, or an error message (Chinese) saying what is expected. */
type ParseResult<T> = { ok: true; value: T } | { ok: false; expected: string };

function decimalIn(text: string, lo: string, hi: string | null): ParseResult<Decimal> {
  const t = text.trim();
  const expected = hi === null ? `不小于${lo}的数` : `${lo}到${hi}之间的数`;
  if (!/^[+]?\d+(\.\d+)?$/.test(t)) return { ok: false, expected };
  const v = d(t);
  if (v.lessThan(lo) || (hi !== null && v.greaterThan(hi))) return { ok: false, expected };
  return { ok: true, value: v };
}

function choice<T>(text: string, table: Record<string, T>): ParseResult<T> {
  const t = text.trim();
  if (Object.prototype.hasOwnProperty.call(table, t)) return { ok: true, value: table[t] };
  return { ok: false, expected: Object.keys(table).join("或") };
}

export interface ParamSpec {
  /** Name in the 参数 sheet. */
  name: string;
  key: keyof Params;
  /** Default value as shown in the sheet. */
  defaultText: string;
  description: string;
  /** Valid values in words, for messages and dropdowns. */
  choices?: readonly string[];
  parse(text: string): ParseResult<Params[keyof Params]>;
  /** Value → text as written in the 参数 sheet and 计算说明. */
  show(value: Params[keyof Params]): string;
}

const showDecimal = (v: Params[keyof Params]) => (v === null ? "无" : (v as Decimal).toString());

const DEDUCTION_MODES: Record<string, DeductionMode> = { 按比例: "proportional", 按整百分点: "wholePoints" };
const AGGREGATIONS: Record<string, UnitAggregation> = { 算术平均: "mean", 按转派量加权: "weightedByDispatched" };
const nameOf = <T>(table: Record<string, T>, v: unknown) =>
  Object.keys(table).find((k) => table[k] === v) ?? String(v);

/** Every parameter of RUBRIC.md §7 plus the two weights, in the order shown to users. */
export const PARAM_SPECS: readonly ParamSpec[] = [
  {
    name: "接通率扣分上限",
    key: "answerRateCap",
    defaultText: "15",
    description: "接通率（20分）扣分上限，制度原文为扣完15分为止（D1）",
    parse: (t) => decimalIn(t, "0", "20"),
    show: showDecimal,
  },
  {
    name: "扣分方式",
    key: "deductionMode",
    defaultText: "按比例",
    description: "“每降低1%扣X分”按实际差值比例扣分，或只按整百分点扣分（D2）",
    choices: Object.keys(DEDUCTION_MODES),
    parse: (t) => choice(t, DEDUCTION_MODES),
    show: (v) => nameOf(DEDUCTION_MODES, v),
  },
  {
    name: "国家级通报批评上限",
    key: "nationalCriticismCap",
    defaultText: "无",
    description: "国家级通报批评或重点督办每件扣5分；无 = 不设上限，填数字N = 整项扣分上限N（D3/D13）",
    parse: (t) => (t.trim() === "无" ? { ok: true, value: null } : decimalIn(t, "0", null)),
    show: showDecimal,
  },
  {
    name: "承办单位汇总",
    key: "unitAggregation",
    defaultText: "算术平均",
    description: "地区承办单位部分：参与工单办理单位得分的算术平均，或按转派工单总量加权（D6）",
    choices: Object.keys(AGGREGATIONS),
    parse: (t) => choice(t, AGGREGATIONS),
    show: (v) => nameOf(AGGREGATIONS, v),
  },
  {
    name: "管理机构权重",
    key: "bodyWeight",
    defaultText: "0.4",
    description: "地区综合得分中管理机构得分的权重（与承办单位权重之和须为1）",
    parse: (t) => decimalIn(t, "0", "1"),
    show: showDecimal,
  },
  {
    name: "承办单位权重",
    key: "unitWeight",
    defaultText: "0.6",
    description: "地区综合得分中承办单位部分的权重（与管理机构权重之和须为1）",
    parse: (t) => decimalIn(t, "0", "1"),
    show: showDecimal,
  },
];

export function paramSpec(name: string): ParamSpec | undefined {
  return PARAM_SPECS.find((s) => s.name === name);
}
