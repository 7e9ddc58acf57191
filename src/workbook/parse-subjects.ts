/**
 * `单位` sheet → management bodies and handling units: unique names, a valid 类型, regions
 * defined in `地区`, at most one 管理机构 per region.
 */
import type { Subject, SubjectKind } from "../engine/types";
import { describeCell } from "./cells";
import type { SheetTable } from "./headers";
import { MSG } from "./messages";
import { column, rowReader, type ProblemLog, type RowReader } from "./parse-context";

const KINDS: Record<string, SubjectKind> = { 管理机构: "body", 承办单位: "unit" };

export interface ParsedSubjects {
  subjects: Subject[];
  /** Kind of every declared name (null when its 类型 is invalid), or null when the sheet could
   *  not be read (references to units are then not checked). */
  kinds: Map<string, SubjectKind | null> | null;
}

/** Reads the `单位` sheet (null when absent) against the declared region names. */
export function parseSubjects(table: SheetTable | null, regionNames: Set<string> | null, log: ProblemLog): ParsedSubjects {
  if (!table || !table.complete) return { subjects: [], kinds: null };
  const firstRow = new Map<string, RowReader>();
  const kinds = new Map<string, SubjectKind | null>();
  const bodyOfRegion = new Map<string, { name: string; row: number }>();
  const subjects: Subject[] = [];
  const nameCol = column(table, "单位");
  const typeCol = column(table, "类型");
  const regionCol = column(table, "所属地区");
  const groupCol = column(table, "排名分组");

  for (const r of table.dataRows) {
    const reader = rowReader(table, r, log);
    const name = reader.text(nameCol);
    const typeText = reader.text(typeCol);
    const kind: SubjectKind | null = Object.prototype.hasOwnProperty.call(KINDS, typeText) ? KINDS[typeText] : null;
    const region = reader.text(regionCol) || null;
    let group = reader.text(groupCol) || null;
    const unique = name !== "" && !firstRow.has(name);

    if (name === "") reader.error(nameCol, MSG.blank("单位", "单位名称"));
    else if (!unique) reader.error(nameCol, MSG.duplicateSubject(name, firstRow.get(name)!.source.row));
    else {
      firstRow.set(name, reader);
      kinds.set(name, kind);
    }
    if (typeText === "") reader.error(typeCol, MSG.blank("类型", "管理机构或承办单位"));
    else if (kind === null) reader.error(typeCol, MSG.badSubjectType(describeCell(reader.value(typeCol))));

    if (region !== null && regionNames !== null && !regionNames.has(region)) {
      reader.error(regionCol, MSG.unknownRegion("所属地区", region));
    }
    if (kind === "body") {
      if (region === null) reader.error(regionCol, MSG.bodyWithoutRegion(name));
      else if (unique && bodyOfRegion.has(region)) {
        const first = bodyOfRegion.get(region)!;
        reader.error(regionCol, MSG.secondBody(region, first.name, first.row));
      } else if (unique) bodyOfRegion.set(region, { name, row: reader.source.row });
      if (group !== null) {
        reader.warning(groupCol, MSG.groupOnBody(name, group));
        group = null;
      }
    }
    if (!reader.failed && kind !== null) {
      subjects.push({ name, kind, region, group, source: reader.source });
    }
  }
  return { subjects, kinds };
}
