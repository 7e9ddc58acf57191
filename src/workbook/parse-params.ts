/**
 * `参数` sheet (参数 | 值) → Params: defaults for every parameter not given, errors for invalid
 * values, and the two weights adding up to 1.
 */
import { Dec } from "../engine/decimal";
import { defaultParams, PARAM_SPECS, paramSpec } from "../engine/params";
import type { Params } from "../engine/types";
import { cellText, describeCell, isBlank } from "./cells";
import type { SheetTable } from "./headers";
import { MSG } from "./messages";
import { column, rowReader, type ProblemLog, type RowReader } from "./parse-context";

const BODY_WEIGHT = "管理机构权重";
const UNIT_WEIGHT = "承办单位权重";

/** Value cell → text as the parameter parsers read it (a number cell 0.4 → "0.4"). */
function valueText(value: unknown): string {
  return typeof value === "number" ? String(value) : cellText(value);
}

/** Reads the `参数` sheet (null when absent: every parameter takes its default). */
export function parseParams(table: SheetTable | null, log: ProblemLog): Params {
  const params = defaultParams();
  if (!table || !table.complete) return params;
  const given = new Map<string, RowReader>();
  const invalid = new Set<string>();
  const known = PARAM_SPECS.map((s) => s.name);
  const nameCol = column(table, "参数");
  const valueCol = column(table, "值");

  for (const r of table.dataRows) {
    const reader = rowReader(table, r, log);
    const name = reader.text(nameCol);
    const value = reader.value(valueCol);
    if (name === "") {
      reader.warning(nameCol, MSG.paramNameBlank(describeCell(value)));
      continue;
    }
    const spec = paramSpec(name);
    if (!spec) {
      reader.warning(nameCol, MSG.unknownParam(name, known));
      continue;
    }
    if (given.has(name)) {
      reader.error(nameCol, MSG.duplicateParam(name, given.get(name)!.source.row));
      continue;
    }
    given.set(name, reader);
    if (isBlank(value)) continue;
    const parsed = spec.parse(valueText(value));
    if (parsed.ok) (params as unknown as Record<string, unknown>)[spec.key] = parsed.value;
    else {
      invalid.add(name);
      reader.error(valueCol, MSG.badParam(name, describeCell(value), parsed.expected));
    }
  }

  const total = new Dec(params.bodyWeight).plus(params.unitWeight);
  if (!invalid.has(BODY_WEIGHT) && !invalid.has(UNIT_WEIGHT) && !total.equals(1)) {
    const cite = given.get(UNIT_WEIGHT) ?? given.get(BODY_WEIGHT);
    const message = MSG.weightsSum(params.bodyWeight.toString(), params.unitWeight.toString(), total.toString());
    // Defaults add up to 1, so at least one of the two rows was given.
    cite?.error(valueCol, message);
  }
  return params;
}
