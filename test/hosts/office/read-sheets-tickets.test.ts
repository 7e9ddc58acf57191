import fc from "fast-check";
import { createFakeExcel, fakeExcelEnv } from "../../../src/hosts/fake";
import { payloadBytes } from "../../../src/hosts/fake/request-context";
import { PAYLOAD_BUDGET_BYTES, rowBytes } from "../../../src/hosts/office/payload-budget";
import { readSheets } from "../../../src/hosts/office/read-sheets";
import { createPrng } from "../../../src/example/prng";
import { SHEET } from "../../../src/workbook/sheets";
import { TICKET_COLUMN_NAMES } from "../../../src/workbook/tickets/ticket-sheets";

const FOUR_MB = 4 * 1024 * 1024;
const TICKET_ROWS = 50_000;

const pad = (n: number) => String(n).padStart(2, "0");
const timeText = (minutes: number) => {
  const d = new Date(Date.UTC(2026, 0, 1) + minutes * 60_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
};

/** A 工单明细 export as the platform gives it: times as text, blanks where nothing happened. */
function ticketSheet(rows: number): unknown[][] {
  const rng = createPrng(4);
  const grid: unknown[][] = [[...TICKET_COLUMN_NAMES]];
  for (let i = 1; i <= rows; i++) {
    const body = `长春市第${rng.int(1, 12)}县区12345热线管理中心`;
    const created = rng.int(0, 90 * 1440);
    const dispatched = created + rng.int(0, 900);
    const signed = rng.chance(0.97) ? dispatched + rng.int(0, 1800) : null;
    const returned = signed !== null && rng.chance(0.08) ? signed + rng.int(0, 600) : null;
    const extensions = rng.chance(0.1) ? rng.int(1, 2) : 0;
    const limit = dispatched + 7 * 1440;
    const done = signed !== null && returned === null && rng.chance(0.9) ? signed + rng.int(60, 12 * 1440) : null;
    const first = done === null ? null : rng.pick(["满意", "基本满意", "不满意", "未回复"]);
    grid.push([
      `JL2026${String(i).padStart(8, "0")}`,
      rng.chance(0.1) ? "紧急" : "一般",
      rng.pick(["咨询", "求助", "投诉", "建议", "举报", "表扬", "其他"]),
      body,
      `${body.slice(0, 7)}县直部门${rng.int(1, 25)}`,
      timeText(created),
      timeText(dispatched),
      signed === null ? null : timeText(signed),
      rng.chance(0.02) ? "自动" : "人工",
      returned === null ? null : timeText(returned),
      timeText(limit),
      extensions,
      extensions ? timeText(limit + extensions * 7 * 1440) : null,
      done === null ? null : timeText(done),
      rng.chance(0.03) ? "是" : "否",
      first,
      first === "不满意" && rng.chance(0.5) ? "满意" : null,
      rng.chance(0.02) ? "是" : "否",
      rng.chance(0.005) ? "是" : "否",
    ]);
  }
  return grid;
}

describe("readSheets on a 50,000-row 工单明细", () => {
  const tickets = ticketSheet(TICKET_ROWS);
  const core = {
    [SHEET.regions]: [["地区", "上级地区", "排名分组"], ["长春市", null, "市州"]],
    [SHEET.subjects]: [["单位", "类型", "所属地区", "排名分组"], ["长春市12345热线管理中心", "管理机构", "长春市", null]],
  };

  // A fake that refuses anything above 4 MB, well inside Excel on the web's 5 MB.
  const fake = createFakeExcel({ ...core, [SHEET.tickets]: tickets }, { payloadLimitBytes: FOUR_MB });
  let blocks = 0;
  let grids: Record<string, unknown[][]> = {};
  beforeAll(async () => {
    ({ grids } = await readSheets(fakeExcelEnv(fake), Object.values(SHEET), {
      budget: PAYLOAD_BUDGET_BYTES,
      onProgress: () => blocks++,
    }));
  });

  it("reads every row back as written, in blocks whose request and response each stay under 4 MB", () => {
    const read = grids[SHEET.tickets];
    expect(read).toHaveLength(tickets.length);
    const differing = tickets.flatMap((row, r) => (JSON.stringify(read[r]) === JSON.stringify(row) ? [] : [r]));
    expect(differing).toEqual([]);
    expect(grids[SHEET.subjects]).toEqual(core[SHEET.subjects]);
    expect(fake.stats.syncs.some((s) => s.failed)).toBe(false);
    for (const sync of fake.stats.syncs) {
      expect(sync.requestBytes).toBeLessThan(FOUR_MB);
      expect(sync.responseBytes).toBeLessThan(FOUR_MB);
    }
    // the whole sheet would not fit one response: blocking is what keeps each one small
    expect(payloadBytes(tickets)).toBeGreaterThan(FOUR_MB);
  });

  it("makes one sync per block plus two (listing the sheets, then their used ranges)", () => {
    expect(blocks).toBeGreaterThan(1);
    expect(fake.stats.syncCount).toBe(blocks + 2);
    // blocks are filled: the probe, then blocks of the budget over the largest row with its margin
    // A row travels with its number formats ("General", or "yyyy/m/d" for the fake's date cells).
    const largestRow = tickets.reduce((most, row) => Math.max(most, rowBytes(row) + rowBytes(row.map(() => "yyyy/m/d"))), 0);
    expect(blocks).toBeLessThanOrEqual(2 + Math.ceil((tickets.length * largestRow * 1.25) / PAYLOAD_BUDGET_BYTES));
  });
});

describe("the fake's payload figures", () => {
  const utf8Json = (v: unknown) => new TextEncoder().encode(JSON.stringify(v) ?? "").length;
  const text = fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), fc.constantFrom("长春市", '"\\', "\n\t\u0001", "\ud800", "😀"));
  const cell = fc.oneof(text, fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined));

  it("are the UTF-8 bytes of the JSON that would travel, for grids and nested payloads", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell)), fc.jsonValue(), fc.dictionary(text, cell), (grid, json, record) => {
        expect(payloadBytes({ values: grid })).toBe(utf8Json({ values: grid }));
        expect(payloadBytes(json)).toBe(utf8Json(json));
        expect(payloadBytes(record)).toBe(utf8Json(record));
      }),
    );
  });
});
