/**
 * The `单位` cell of a statistics or ledger row: filled, defined in `单位`, of the kind the sheet takes.
 */
import type { SubjectKind } from "../engine/types";
import { MSG } from "./messages";
import type { Column, RowReader } from "./parse-context";

/**
 * Checks the row's 单位 `name` (the text of `column`) against the declared kinds (null = `单位`
 * sheet unreadable: not checked) and returns its kind (null when unknown). `expected` is the only
 * kind the sheet takes.
 */
export function checkSubjectRef(
  reader: RowReader,
  column: Column,
  name: string,
  sheet: string,
  kinds: ReadonlyMap<string, SubjectKind | null> | null,
  expected: SubjectKind | null,
): SubjectKind | null {
  if (name === "") {
    reader.error(column, MSG.blank("单位", "单位名称"));
    return null;
  }
  if (kinds === null) return null;
  // A declared name maps to its kind or to null (invalid 类型), never to undefined.
  const kind = kinds.get(name);
  if (kind === undefined) {
    reader.error(column, MSG.unknownSubject(name));
    return null;
  }
  // The unit's invalid 类型 is reported on `单位`; this row cannot be scored without it.
  if (kind === null) reader.drop();
  else if (expected !== null && kind !== expected) reader.error(column, MSG.wrongSubjectOnSheet(sheet, name, kind, expected));
  return kind;
}
