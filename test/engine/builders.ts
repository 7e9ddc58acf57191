import { defaultParams } from "../../src/engine/params";
import {
  BODY_COUNT_FIELDS, UNIT_COUNT_FIELDS,
  type BodyCountField, type BodyStats, type LedgerEntry, type Params, type Region, type ScoringInput, type Subject,
  type UnitCountField, type UnitStats,
} from "../../src/engine/types";

/** Small builders for engine tests: inline, readable inputs. */
export const region = (name: string, parent: string | null = null, group: string | null = "市州"): Region => ({ name, parent, group });
export const body = (name: string, regionName: string): Subject => ({ name, kind: "body", region: regionName, group: null });
export const unit = (name: string, regionName: string | null, group: string | null = null): Subject =>
  ({ name, kind: "unit", region: regionName, group });

export function bodyStats(month: string, subject: string, c: Partial<Record<BodyCountField, number | null>>): BodyStats {
  const counts = Object.fromEntries(BODY_COUNT_FIELDS.map((f) => [f, 0])) as Record<BodyCountField, number | null>;
  return { month, subject, counts: { ...counts, ...c } };
}

/** A unit's statistics; unspecified counts default to a perfect month of `n` tickets. */
export function unitStats(month: string, subject: string, c: Partial<Record<UnitCountField, number | null>> = {}, n = 100): UnitStats {
  const perfect: Record<UnitCountField, number | null> = {
    转派工单总量: n, 及时签收工单量: n, 工单退回总量: 0, 及时退回工单量: 0, 办结工单总量: n, 按时办结工单量: n,
    延期办结工单量: 0, 办理工单总量: n, 红牌警告工单量: 0, 满意度参评工单量: n, 满意工单量: n,
  };
  for (const f of UNIT_COUNT_FIELDS) if (!(f in perfect)) throw new Error(f);
  return { month, subject, counts: { ...perfect, ...c } };
}

export function entry(month: string, subject: string, item: string, extra: Partial<LedgerEntry> = {}): LedgerEntry {
  return { month, subject, item, level: null, quantity: 1, sameMatter: null, points: null, rejected: false, note: "", ...extra };
}

export function input(parts: Partial<ScoringInput> & { params?: Partial<Params> }): ScoringInput {
  return {
    regions: parts.regions ?? [],
    subjects: parts.subjects ?? [],
    bodyStats: parts.bodyStats ?? [],
    unitStats: parts.unitStats ?? [],
    ledger: parts.ledger ?? [],
    params: { ...defaultParams(), ...(parts.params ?? {}) },
  };
}

/** The RUBRIC.md §8 worked example (2026-03, 长春市). */
export function workedExample(): ScoringInput {
  const M = "2026-03";
  const B = "长春市12345热线管理中心";
  const U = "长春市住房和城乡建设局";
  return input({
    regions: [region("长春市")],
    subjects: [body(B, "长春市"), unit(U, "长春市", "市直部门"), unit("长春市交通运输局", "长春市", "市直部门")],
    bodyStats: [bodyStats(M, B, { 诉求总量: 10000, 及时受理诉求量: 9300, 工单办理总量: 8000, 及时派发工单量: 7480 })],
    unitStats: [
      unitStats(M, U, {
        转派工单总量: 400, 及时签收工单量: 372, 工单退回总量: 20, 及时退回工单量: 18, 办结工单总量: 380, 按时办结工单量: 361,
        延期办结工单量: 57, 办理工单总量: 400, 红牌警告工单量: 48, 满意度参评工单量: 300, 满意工单量: 279,
      }),
      unitStats(M, "长春市交通运输局"),
    ],
    ledger: [
      entry(M, B, "缺少岗位"),
      entry(M, B, "值班计划不合理"),
      entry(M, B, "工单记录不准确被有效投诉", { quantity: 3 }),
      entry(M, B, "治理同类问题", { quantity: 3 }),
      entry(M, B, "群众表扬", { quantity: 5 }),
      entry(M, B, "通报表彰", { level: "省级", sameMatter: "A" }),
      entry(M, B, "通报表彰", { level: "国家级", sameMatter: "A" }),
      entry(M, B, "通报表彰", { level: "市级" }),
      entry(M, B, "媒体报道", { level: "省级" }),
      entry(M, B, "审核知识库", { quantity: 250 }),
      entry(M, B, "通报批评或重点督办", { level: "省级" }),
      entry(M, U, "分管领导联络员联系不上"),
      entry(M, U, "未回复造成重复投诉", { quantity: 2 }),
      entry(M, U, "知识库更新", { quantity: 23 }),
      entry(M, U, "专题任务", { points: "2" }),
      entry(M, U, "督办意见不落实"),
    ],
  });
}
