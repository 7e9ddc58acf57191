import { exampleSheets } from "../../src/example/example-workbook";
import {
  IDLE_UNIT,
  WORKED_BODY,
  WORKED_EXPECTED,
  WORKED_LEDGER_ROWS,
  WORKED_MONTH,
  WORKED_REGION,
  WORKED_UNIT,
  WORKED_UNIT_ROWS,
} from "../../src/example/worked-example";
import { computeWorkbook } from "../../src/workbook/compute";

const sheets = exampleSheets();
const outcome = computeWorkbook(sheets, WORKED_MONTH, { now: new Date(0), existingSheets: [] });
const json = outcome.json as any;

describe("the example workbook in 2026-03 (RUBRIC §8)", () => {
  it("holds the body's statistics and ledger rows exactly as §8 writes them", () => {
    expect(sheets["受理统计"]).toContainEqual([WORKED_MONTH, WORKED_BODY, 10000, 9300, 8000, 7480]);
    expect(sheets["办理统计"]).toContainEqual([WORKED_MONTH, WORKED_UNIT, 400, 372, 20, 18, 380, 361, 57, 400, 48, 300, 279]);
    const march = sheets["台账"].filter((r) => r[0] === WORKED_MONTH && (r[1] === WORKED_BODY || r[1] === WORKED_UNIT));
    expect(march).toEqual(WORKED_LEDGER_ROWS);
  });

  it(`scores ${WORKED_BODY} ${WORKED_EXPECTED.body} and ${WORKED_UNIT} ${WORKED_EXPECTED.unit}`, () => {
    expect(json.managementBodies.find((b: any) => b.unit === WORKED_BODY).score).toBe(Number(WORKED_EXPECTED.body));
    expect(json.handlingUnits.find((u: any) => u.unit === WORKED_UNIT).score).toBe(Number(WORKED_EXPECTED.unit));
  });

  it(`gives ${WORKED_REGION} the units part ${WORKED_EXPECTED.unitsPart} and the composite ${WORKED_EXPECTED.composite} of §8`, () => {
    const region = json.regions.find((r: any) => r.region === WORKED_REGION);
    expect(region.unitsScore).toBe(Number(WORKED_EXPECTED.unitsPart));
    expect(region.score).toBe(Number(WORKED_EXPECTED.composite));
  });

  it.each(WORKED_UNIT_ROWS.map((w) => [w.unit, w.expected, w.why]))("scores %s %s (%s)", (unit, expected) => {
    expect(json.handlingUnits.find((u: any) => u.unit === unit).score).toBe(Number(expected));
  });

  it("fixes the March row of every unit of the 长春市 tree by hand, so the units part cannot drift", () => {
    const tree = new Set(sheets["地区"].filter((r) => r[0] === WORKED_REGION || r[1] === WORKED_REGION).map((r) => r[0]));
    const treeUnits = sheets["单位"].filter((r) => r[1] === "承办单位" && tree.has(r[2])).map((r) => r[0]);
    expect(WORKED_UNIT_ROWS.map((w) => w.unit).sort()).toEqual([...treeUnits].sort());
  });

  it(`lists ${IDLE_UNIT} without tickets as not participating`, () => {
    const idle = json.handlingUnits.find((u: any) => u.unit === IDLE_UNIT);
    expect(idle.participating).toBe(false);
    expect(idle.rank).toBeNull();
  });
});
