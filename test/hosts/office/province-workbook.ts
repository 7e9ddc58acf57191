/**
 * A province-scale workbook for size tests: 9 市州, 60 县市区, a hotline centre each, 2,000
 * handling units and a year of consistent statistics. Deterministic.
 */
import type { SheetGrids } from "../../../src/workbook/compute-types";
import { inputSheetSpec, SHEET } from "../../../src/workbook/sheets";

const headers = (name: string) => inputSheetSpec(name)!.columns.map((c) => c.header);

/** A year (12 months) of statistics for about 2,000 units. */
export function provinceWorkbook(year = 2025, unitCount = 2000): SheetGrids {
  let seed = 12345;
  const rand = (lo: number, hi: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return lo + (seed % (Math.floor(hi) - lo + 1));
  };
  const cities = Array.from({ length: 9 }, (_, i) => `第${i + 1}市`);
  const counties = Array.from({ length: 60 }, (_, i) => ({ name: `第${i + 1}县`, city: cities[i % 9] }));
  const regions = [...cities.map((c) => [c, null, "市州"]), ...counties.map((c) => [c.name, c.city, "县市区"])];
  const bodies = regions.map((r) => `${r[0]}热线管理中心`);
  const units = Array.from({ length: unitCount }, (_, i) => {
    const region = i < 100 ? null : (regions[i % regions.length][0] as string);
    return { name: `单位${String(i + 1).padStart(4, "0")}号某某局`, region, group: region === null ? "省直部门" : i % 2 ? "市直部门" : null };
  });
  const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, "0")}`);
  const bodyStats: unknown[][] = [headers(SHEET.bodyStats)];
  const unitStats: unknown[][] = [headers(SHEET.unitStats)];
  for (const month of months) {
    for (const body of bodies) {
      const calls = rand(2000, 20000);
      const tickets = rand(500, 8000);
      bodyStats.push([month, body, calls, calls - rand(0, calls / 10), tickets, tickets - rand(0, tickets / 10)]);
    }
    for (const u of units) {
      const sent = rand(0, 400);
      const back = rand(0, sent / 10);
      const done = sent - back;
      const rated = rand(0, done);
      unitStats.push([
        month, u.name, sent, sent - rand(0, sent / 15), back, back - rand(0, back / 3), done, done - rand(0, done / 12),
        rand(0, done / 5), sent, rand(0, sent / 20), rated, rated - rand(0, rated / 10),
      ]);
    }
  }
  return {
    [SHEET.regions]: [headers(SHEET.regions), ...regions],
    [SHEET.subjects]: [
      headers(SHEET.subjects),
      ...bodies.map((b, i) => [b, "管理机构", regions[i][0], null]),
      ...units.map((u) => [u.name, "承办单位", u.region, u.group]),
    ],
    [SHEET.bodyStats]: bodyStats,
    [SHEET.unitStats]: unitStats,
    [SHEET.ledger]: [headers(SHEET.ledger), [months[0], bodies[0], "群众表扬", null, 2, null, null, null, "来电表扬"]],
  };
}
