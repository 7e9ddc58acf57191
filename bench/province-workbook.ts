/**
 * A province-scale workbook for the benchmark, generated in memory: 9 市州 with 12 县市区 each
 * (117 regions and hotline centres), 3,120 handling units, 12 months of statistics and about
 * 42,000 ledger rows using every 事项. Deterministic (seeded), valid (no error problems).
 */
import { LEDGER_CATALOGUE, type LedgerItemSpec } from "../src/engine/ledger-catalogue";
import type { SubjectKind } from "../src/engine/types";
import { createPrng, type Prng } from "../src/example/prng";
import type { SheetGrids } from "../src/workbook/compute-types";
import { inputSheetSpec, SHEET } from "../src/workbook/sheets";

const CITIES = ["长春市", "吉林市", "四平市", "辽源市", "通化市", "白山市", "松原市", "白城市", "延边朝鲜族自治州"];
const COUNTIES_PER_CITY = 12;
const UNITS_PER_CITY = 40;
const UNITS_PER_COUNTY = 25;
const PROVINCE_UNITS = 60;
export const BENCH_YEAR = "2026";
const MONTHS = Array.from({ length: 12 }, (_, i) => `${BENCH_YEAR}-${String(i + 1).padStart(2, "0")}`);

const headers = (sheet: string): string[] => inputSheetSpec(sheet)!.columns.map((c) => c.header);
const share = (whole: number, fraction: number) => Math.min(whole, Math.round(whole * fraction));

interface Subject {
  name: string;
  kind: SubjectKind;
  region: string | null;
  group: string | null;
}

/** Region rows and subjects of the generated province. */
function province(): { regions: unknown[][]; subjects: Subject[] } {
  const regions: unknown[][] = [];
  const subjects: Subject[] = [];
  const addRegion = (name: string, parent: string | null, group: string) => {
    regions.push([name, parent, group]);
    subjects.push({ name: `${name}12345热线管理中心`, kind: "body", region: name, group: null });
  };
  for (const city of CITIES) {
    addRegion(city, null, "市州");
    for (let u = 1; u <= UNITS_PER_CITY; u++) {
      subjects.push({ name: `${city}市直部门${u}`, kind: "unit", region: city, group: "市直部门" });
    }
    for (let c = 1; c <= COUNTIES_PER_CITY; c++) {
      const county = `${city}第${c}县区`;
      addRegion(county, city, "县市区");
      for (let u = 1; u <= UNITS_PER_COUNTY; u++) {
        subjects.push({ name: `${county}县直部门${u}`, kind: "unit", region: county, group: u % 5 === 0 ? null : "县直部门" });
      }
    }
  }
  for (let u = 1; u <= PROVINCE_UNITS; u++) subjects.push({ name: `省直部门${u}`, kind: "unit", region: null, group: "省直部门" });
  return { regions, subjects };
}

function unitCounts(rng: Prng): number[] {
  const dispatched = rng.int(20, 600);
  const timely = () => rng.between(0.85, 1);
  const returned = Math.round(dispatched * rng.between(0.01, 0.08));
  const completed = Math.round(dispatched * rng.between(0.85, 0.99));
  const rated = Math.round(completed * rng.between(0.5, 0.9));
  return [
    dispatched,
    share(dispatched, timely()),
    returned,
    share(returned, timely()),
    completed,
    share(completed, timely()),
    share(completed, rng.between(0, 0.3)),
    dispatched,
    share(dispatched, rng.between(0, 0.2)),
    rated,
    share(rated, timely()),
  ];
}

/** One valid 台账 row for an item of the catalogue. */
function ledgerRow(month: string, subject: string, spec: LedgerItemSpec, rng: Prng): unknown[] {
  const level = spec.kind === "leveled" ? rng.pick(spec.levels) : null;
  const quantity =
    spec.kind === "entries" ? rng.int(1, 150) : spec.kind === "categories" ? rng.int(1, 4) : spec.kind === "points" ? null : rng.int(1, 3);
  const same = spec.sameMatter && rng.chance(0.3) ? `事项${rng.int(1, 3)}` : null;
  const points = spec.kind === "points" ? rng.pick([1, 1.5, 2, 2.5, 3]) : null;
  const review = rng.chance(0.02) ? "不通过" : null;
  return [month, subject, spec.name, level, quantity, same, points, review, "基准测试数据"];
}

/** The benchmark workbook's input sheets. */
export function provinceSheets(seed = 20260101): SheetGrids {
  const rng = createPrng(seed);
  const { regions, subjects } = province();
  const bodyStats: unknown[][] = [headers(SHEET.bodyStats)];
  const unitStats: unknown[][] = [headers(SHEET.unitStats)];
  const ledger: unknown[][] = [headers(SHEET.ledger)];
  for (const month of MONTHS) {
    for (const s of subjects) {
      if (s.kind === "body") {
        const calls = rng.int(2000, 40000);
        const tickets = Math.round(calls * rng.between(0.4, 0.7));
        bodyStats.push([month, s.name, calls, share(calls, rng.between(0.85, 1)), tickets, share(tickets, rng.between(0.85, 1))]);
        ledger.push([month, s.name, "治理同类问题", null, rng.int(1, 4), null, null, null, "基准测试数据"]);
        for (let i = 0; i < 2; i++) ledger.push(ledgerRow(month, s.name, rng.pick(LEDGER_CATALOGUE.body), rng));
      } else {
        unitStats.push([month, s.name, ...unitCounts(rng)]);
        ledger.push(ledgerRow(month, s.name, rng.pick(LEDGER_CATALOGUE.unit), rng));
      }
    }
  }
  return {
    [SHEET.regions]: [headers(SHEET.regions), ...regions],
    [SHEET.subjects]: [headers(SHEET.subjects), ...subjects.map((s) => [s.name, s.kind === "body" ? "管理机构" : "承办单位", s.region, s.group])],
    [SHEET.bodyStats]: bodyStats,
    [SHEET.unitStats]: unitStats,
    [SHEET.ledger]: ledger,
  };
}

/** Row counts of the generated sheets (without header rows), for the report. */
export function sheetSizes(sheets: SheetGrids): Record<string, number> {
  return Object.fromEntries(Object.entries(sheets).map(([name, grid]) => [name, grid.length - 1]));
}
