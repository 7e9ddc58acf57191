/**
 * The `单位` cell of a statistics or ledger row: filled, defined in `单位`, of the kind the sheet takes.
 */
import type { SubjectKind } from "../engine/types";
import { MSG } from "./messages";
import type { RowReader } from "./parse-context";

/**
 * Checks the row's 单位 against the declared kinds (null = `单位` sheet unreadable: not checked)
 * and returns its name and kind (null when unknown). `expected` is the only kind the sheet takes.
 */
export function checkSubjectRef(
  reader: RowReader,
  sheet: string,
  kinds: ReadonlyMap<string, SubjectKind | null> | null,
  expected: SubjectKind | null,
): { name: string; kind: SubjectKind | null } {
  const name = reader.text("单位");
  if (name === "") {
    reader.error("单位", MSG.blank("单位", "单位名称"));
    return { name, kind: null };
  }
  if (kinds === null) return { name, kind: null };
  if (!kinds.has(name)) {
    reader.error("单位", MSG.unknownSubject(name));
    return { name, kind: null };
  }
  const kind = kinds.get(name) ?? null;
  // The unit's invalid 类型 is reported on `单位`; this row cannot be scored without it.
  if (kind === null) reader.drop();
  else if (expected !== null && kind !== expected) reader.error("单位", MSG.wrongSubjectOnSheet(sheet, name, kind, expected));
  return { name, kind };
}
