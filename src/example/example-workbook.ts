/**
 * The bundled example workbook as plain grids: Jilin's nine 市州, some 县市区, their hotline
 * centres and handling units, three months of statistics and a ledger using every 事项.
 * Pure and deterministic (seeded generator), shared by `scripts/make-example.ts`, the CLI's
 * `demo` and the task pane's playground.
 */
import { PARAM_SPECS } from "../engine/params";
import type { SheetGrids } from "../workbook/compute-types";
import { inputSheetSpec, SHEET } from "../workbook/sheets";
import {
  bodyNameOf,
  exampleRegions,
  exampleUnits,
  LATE_JOINER,
  type ExampleRegion,
  type ExampleUnit,
} from "./jilin-divisions";
import { LEDGER_TEMPLATES, type Audience, type LedgerTemplate } from "./ledger-templates";
import { createPrng, type Prng } from "./prng";
import {
  WORKED_BODY,
  WORKED_BODY_COUNTS,
  WORKED_LEDGER_ROWS,
  WORKED_MONTH,
  WORKED_UNIT_ROWS,
  type LedgerRow,
} from "./worked-example";

export const EXAMPLE_MONTHS = ["2026-01", "2026-02", "2026-03"] as const;
const SEED = 20260301;

/** Quality of a subject's work: drives how its rates are drawn. */
type Quality = "good" | "fair" | "poor";
type Range = readonly [number, number];
interface RateProfile {
  timely: Range;
  extension: Range;
  red: Range;
  satisfied: Range;
}
const PROFILES: Record<Quality, RateProfile> = {
  good: { timely: [0.935, 0.998], extension: [0.02, 0.12], red: [0.01, 0.1], satisfied: [0.935, 0.998] },
  fair: { timely: [0.9, 0.985], extension: [0.05, 0.16], red: [0.03, 0.13], satisfied: [0.9, 0.98] },
  poor: { timely: [0.8, 0.95], extension: [0.1, 0.3], red: [0.08, 0.2], satisfied: [0.82, 0.94] },
};

const headers = (sheet: string): string[] => inputSheetSpec(sheet)!.columns.map((c) => c.header);
const qualityOf = (rng: Prng): Quality => (rng.chance(0.55) ? "good" : rng.chance(0.7) ? "fair" : "poor");
const draw = (rng: Prng, [lo, hi]: Range): number => rng.between(lo, hi);
/** A part of a whole count, never above it. */
const share = (whole: number, fraction: number): number => Math.min(whole, Math.round(whole * fraction));

/** The example workbook's input sheets, headers exactly as the sheet contract names them. */
export function exampleSheets(): SheetGrids {
  const rng = createPrng(SEED);
  const regions = exampleRegions();
  const units = exampleUnits();
  return {
    [SHEET.regions]: [headers(SHEET.regions), ...regions.map((r) => [r.name, r.parent, r.group])],
    [SHEET.subjects]: subjectGrid(regions, units),
    [SHEET.bodyStats]: bodyStatsGrid(regions, rng),
    [SHEET.unitStats]: unitStatsGrid(units, rng),
    [SHEET.ledger]: ledgerGrid(regions, units, rng),
    [SHEET.params]: [[...headers(SHEET.params), "说明"], ...PARAM_SPECS.map((s) => [s.name, s.defaultText, s.description])],
  };
}

function subjectGrid(regions: readonly ExampleRegion[], units: readonly ExampleUnit[]): unknown[][] {
  return [
    headers(SHEET.subjects),
    ...regions.map((r) => [bodyNameOf(r), "管理机构", r.name, null]),
    ...units.map((u) => [u.name, "承办单位", u.region, u.group]),
  ];
}

function bodyStatsGrid(regions: readonly ExampleRegion[], rng: Prng): unknown[][] {
  const rows: unknown[][] = [headers(SHEET.bodyStats)];
  for (const region of regions) {
    const quality = qualityOf(rng);
    for (const month of EXAMPLE_MONTHS) {
      const body = bodyNameOf(region);
      if (body === WORKED_BODY && month === WORKED_MONTH) {
        rows.push([month, body, ...WORKED_BODY_COUNTS]);
        continue;
      }
      const calls = Math.round(region.size * rng.between(850, 1150));
      const answered = share(calls, draw(rng, PROFILES[quality].timely));
      const tickets = Math.round(calls * rng.between(0.45, 0.62));
      const dispatched = share(tickets, draw(rng, PROFILES[quality].timely));
      rows.push([month, body, calls, answered, tickets, dispatched]);
    }
  }
  return rows;
}

/** Counts of one unit-month in UNIT_COUNT_FIELDS order. */
function unitCounts(unit: ExampleUnit, size: number, month: string, quality: Quality, rng: Prng): number[] {
  const p = PROFILES[quality];
  // Heating complaints peak in January and February.
  const season = unit.name.includes("供热") && month !== "2026-03" ? 2 : 1;
  const dispatched = Math.round(size * season * rng.between(60, 140));
  const signed = share(dispatched, draw(rng, p.timely));
  const returned = Math.round(dispatched * rng.between(0.02, 0.07));
  const returnedInTime = share(returned, draw(rng, p.timely));
  const completed = Math.round(dispatched * rng.between(0.88, 0.99));
  const onTime = share(completed, draw(rng, p.timely));
  const extended = share(completed, draw(rng, p.extension));
  const handled = dispatched;
  const red = share(handled, draw(rng, p.red));
  const rated = Math.round(completed * rng.between(0.6, 0.85));
  const satisfied = share(rated, draw(rng, p.satisfied));
  return [dispatched, signed, returned, returnedInTime, completed, onTime, extended, handled, red, rated, satisfied];
}

function unitStatsGrid(units: readonly ExampleUnit[], rng: Prng): unknown[][] {
  const rows: unknown[][] = [headers(SHEET.unitStats)];
  const worked = new Map(WORKED_UNIT_ROWS.map((w) => [w.unit, w.counts]));
  for (const unit of units) {
    const quality = qualityOf(rng);
    // Units of the worked example keep January and February near their March volume.
    const march = worked.get(unit.name)?.[0];
    const size = march ? march / 100 : unit.size;
    for (const month of EXAMPLE_MONTHS) {
      if (unit.name === LATE_JOINER && month === EXAMPLE_MONTHS[0]) continue;
      const counts = month === WORKED_MONTH ? worked.get(unit.name) : undefined;
      rows.push([month, unit.name, ...(counts ?? unitCounts(unit, size, month, quality, rng))]);
    }
  }
  return rows;
}

interface Candidate {
  name: string;
  audience: Exclude<Audience, "any">;
}

function ledgerGrid(regions: readonly ExampleRegion[], units: readonly ExampleUnit[], rng: Prng): unknown[][] {
  const rows: LedgerRow[] = [...WORKED_LEDGER_ROWS];
  // Most hotline centres report governing at least one category of problems each month.
  for (const region of regions) {
    for (const month of EXAMPLE_MONTHS) {
      const body = bodyNameOf(region);
      if (body === WORKED_BODY && month === WORKED_MONTH) continue;
      if (!rng.chance(0.8)) continue;
      const n = rng.int(1, 4);
      rows.push([month, body, "治理同类问题", null, n, null, null, null, `集中治理同类问题${n}类`]);
    }
  }
  const bodies: Candidate[] = regions.map((r) => ({ name: bodyNameOf(r), audience: r.parent ? "county" : "city" }));
  const handling: Candidate[] = units.map((u) => ({
    name: u.name,
    audience: u.region === null ? "province" : regions.find((r) => r.name === u.region)?.parent ? "county" : "city",
  }));
  for (const template of LEDGER_TEMPLATES) rows.push(...templateRows(template, template.kind === "body" ? bodies : handling, rng));
  const byMonth = (a: LedgerRow, b: LedgerRow) => a[0].localeCompare(b[0]);
  return [headers(SHEET.ledger), ...rows.sort(byMonth)];
}

/** The 2026-03 rows of the 长春市 tree are fixed by the worked example: keep random rows off them. */
const fixedInMarch = new Set<string>([WORKED_BODY, ...WORKED_UNIT_ROWS.map((w) => w.unit)]);

function templateRows(template: LedgerTemplate, candidates: readonly Candidate[], rng: Prng): LedgerRow[] {
  const pool = candidates.filter((c) => template.audience === "any" || c.audience === template.audience);
  let subject = rng.pick(pool).name;
  let month: string = rng.pick(EXAMPLE_MONTHS);
  while (month === WORKED_MONTH && fixedInMarch.has(subject)) {
    subject = rng.pick(pool).name;
    month = rng.pick(EXAMPLE_MONTHS);
  }
  return template.rows.map((r) => [
    month,
    subject,
    r.item,
    r.level ?? null,
    r.quantity ?? null,
    r.sameMatter ?? null,
    r.points ?? null,
    r.review ?? null,
    r.note,
  ]);
}
