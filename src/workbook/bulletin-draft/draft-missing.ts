import type { PeriodResult, ScoringInput } from "../../engine/types";
import type { DraftGroup } from "./draft-regions";
import type { DraftParagraph } from "./draft-types";
import { nameList, type PeriodWords } from "./draft-words";

/** `3个（甲、乙、丙）`, or `0个`. */
const counted = (names: readonly string[]) => (names.length === 0 ? "0个" : `${names.length}个（${nameList(names)}）`);

/** Units and bodies of the period: taking part, scored without taking part, and without any row. */
function subjectsOfPeriod(input: ScoringInput, result: PeriodResult) {
  const units = input.subjects.filter((s) => s.kind === "unit").map((s) => s.name);
  const bodies = input.subjects.filter((s) => s.kind === "body").map((s) => s.name);
  let scoredUnits: { name: string; takesPart: boolean }[];
  let scoredBodies: Set<string>;
  if (result.period.kind === "month") {
    const month = result.months.find((m) => m.month === result.period.label);
    scoredUnits = (month?.units ?? []).map((u) => ({ name: u.subject.name, takesPart: u.participates }));
    scoredBodies = new Set((month?.bodies ?? []).map((b) => b.subject.name));
  } else {
    // A unit of a quarter or year takes part when it took part in at least one month (it then has a score).
    scoredUnits = result.units.map((u) => ({ name: u.name, takesPart: u.score !== null }));
    scoredBodies = new Set(result.bodies.map((b) => b.name));
  }
  const scoredUnitNames = new Set(scoredUnits.map((u) => u.name));
  return {
    units,
    bodies,
    takingPart: scoredUnits.filter((u) => u.takesPart).map((u) => u.name),
    notTakingPart: scoredUnits.filter((u) => !u.takesPart).map((u) => u.name),
    unitsWithoutData: units.filter((u) => !scoredUnitNames.has(u)),
    bodiesWithoutData: bodies.filter((b) => !scoredBodies.has(b)),
  };
}

/**
 * 四、无数据和未参与排名情况: how many units took part, how many were scored without taking part
 * (no tickets), how many had no statistics or ledger row at all; the same for bodies; and the regions
 * without a score. Up to ten names are listed, then `等N个`.
 */
export function missingParagraphs(
  input: ScoringInput, result: PeriodResult, groups: readonly DraftGroup[], w: PeriodWords,
): DraftParagraph[] {
  const s = subjectsOfPeriod(input, result);
  const month = result.period.kind === "month";
  const takesPart = month ? "参与工单办理" : "至少一个月参与工单办理";
  const noTickets = month ? `${w.current}无工单办理、不参与汇总和排名` : `${w.current}各月均无工单办理、不参与排名`;
  const units =
    `承办单位共${s.units.length}个，其中${takesPart}${s.takingPart.length}个，` +
    `${noTickets}${counted(s.notTakingPart)}，${w.current}无统计数据和台账记录${counted(s.unitsWithoutData)}。`;
  const bodies = `管理机构共${s.bodies.length}个，${w.current}无统计数据和台账记录${counted(s.bodiesWithoutData)}。`;
  const regions = groups.flatMap((g) => g.regions);
  const unscored = regions.filter((r) => r.score === null).map((r) => r.name);
  const ranked = regions.filter((r) => r.rank !== null).length;
  const regionText =
    `地区共${regions.length}个，其中参与排名${ranked}个，因缺少管理机构得分或参与工单办理的承办单位未计算${w.score}${counted(unscored)}。`;
  return [{ kind: "body", text: units + bodies + regionText }];
}
