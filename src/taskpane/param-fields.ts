/**
 * The parameters panel's fields: each parameter of PARAM_SPECS with the text in the `参数` sheet,
 * checked as the compute will check it, plus the weights-add-up-to-1 rule.
 */
import { d } from "../engine/decimal";
import { PARAM_SPECS, type ParamSpec } from "../engine/params";

export interface ParamField {
  spec: ParamSpec;
  text: string;
  /** What is expected, when the text is not valid; null when valid or blank (= default). */
  error: string | null;
}

/** Fields for the current texts (name → text). */
export function paramFields(texts: Readonly<Record<string, string>>): ParamField[] {
  return PARAM_SPECS.map((spec) => {
    const text = texts[spec.name] ?? "";
    if (text.trim() === "") return { spec, text, error: null };
    const parsed = spec.parse(text);
    return { spec, text, error: parsed.ok ? null : parsed.expected };
  });
}

/** Whether 管理机构权重 + 承办单位权重 = 1 (blank ones count at their defaults); null when either is invalid. */
export function weightsAddUp(fields: readonly ParamField[]): boolean | null {
  const weight = (key: string) => {
    const f = fields.find((x) => x.spec.key === key);
    if (!f || f.error) return null;
    return d(f.text.trim() === "" ? f.spec.defaultText : f.text.trim());
  };
  const body = weight("bodyWeight");
  const unit = weight("unitWeight");
  if (body === null || unit === null) return null;
  return body.plus(unit).equals(1);
}
