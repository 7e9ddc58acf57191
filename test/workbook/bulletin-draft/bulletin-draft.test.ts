import { computeWorkbook } from "../../../src/workbook/compute";
import type { BulletinDraft } from "../../../src/workbook/bulletin-draft/draft-types";
import type { SheetGrids } from "../../../src/workbook/compute-types";
import type { OutputTable } from "../../../src/workbook/output-table";
import { HEADERS, statsRow } from "../../cli/helpers";

const NOW = new Date("2026-04-02T02:00:00Z");

/**
 * Eight 市州 R1…R8 with one body and one unit each, and two 县市区 below R1. The body's 接通率 sets the
 * order: in month m the region at position p (0 = best) answers 95 − p of 100 calls, so its composite
 * falls 0.2 a position. `orders` gives each month's order of R1…R8.
 */
function rankedGrids(orders: Record<string, readonly number[]>): SheetGrids {
  const cities = [1, 2, 3, 4, 5, 6, 7, 8].map((i) => `R${i}`);
  const regions = [...cities.map((c) => [c, null, "市州"]), ["X1", "R1", "县市区"], ["X2", "R1", "县市区"]];
  const subjects: unknown[][] = [HEADERS.subjects];
  for (const [name] of regions) {
    subjects.push([`${name}中心`, "管理机构", name, null], [`${name}局`, "承办单位", name, null]);
  }
  subjects.push(["空闲局", "承办单位", "R2", null], ["未报局", "承办单位", "R3", null], ["省直厅", "承办单位", null, "省直部门"]);
  const bodyStats: unknown[][] = [HEADERS.bodyStats];
  const unitStats: unknown[][] = [HEADERS.unitStats];
  for (const [month, order] of Object.entries(orders)) {
    order.forEach((city, position) => bodyStats.push(statsRow(month, `R${city}中心`, [100, 95 - position, 50, 50])));
    for (const x of ["X1", "X2"]) bodyStats.push(statsRow(month, `${x}中心`, [100, 100, 50, 50]));
    for (const [name] of regions) unitStats.push(statsRow(month, `${name}局`, [40, 38, 4, 3, 30, 29, 0, 40, 1, 20, 19]));
    unitStats.push(statsRow(month, "空闲局", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
    unitStats.push(statsRow(month, "省直厅", [1000, 1000, 0, 0, 1000, 1000, 0, 1000, 0, 1000, 1000]));
  }
  return { 地区: [HEADERS.regions, ...regions], 单位: subjects, 受理统计: bodyStats, 办理统计: unitStats, 台账: [HEADERS.ledger] };
}

function compute(grids: SheetGrids, period: string): { draft: BulletinDraft; tables: OutputTable[] } {
  const outcome = computeWorkbook(grids, period, { now: NOW, existingSheets: [] });
  if (!outcome.ok) throw new Error(outcome.problems.map((p) => p.message).join("\n"));
  return { draft: outcome.draft!, tables: outcome.tables };
}

/** `round2(n / d × 100)` half-up in whole numbers, as text with 2 decimals: an independent check of the pooled rates. */
function percent(n: number, d: number): string {
  const hundredths = Math.floor((n * 10000 * 2 + d) / (2 * d)); // round half-up of n × 10000 / d
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, "0")}%`;
}

const bodyText = (draft: BulletinDraft) => draft.paragraphs.filter((p) => p.kind === "body").map((p) => p.text);
const paragraphAfter = (draft: BulletinDraft, heading: string, n = 1) => {
  const i = draft.paragraphs.findIndex((p) => p.kind === "heading" && p.text === heading);
  if (i < 0) throw new Error(`no heading ${heading}`);
  return draft.paragraphs[i + n].text;
};

// February: R1 best … R8 last. March: R8 rises to first, R1 falls to fifth.
const FEB = [1, 2, 3, 4, 5, 6, 7, 8];
const MAR = [8, 2, 3, 4, 1, 6, 7, 5];

describe("bulletinDraft of a month", () => {
  const grids = rankedGrids({ "2026-02": FEB, "2026-03": MAR });
  const { draft, tables } = compute(grids, "2026-03");
  const region = tables.find((t) => t.name === "2026-03 地区综合")!;
  const scoreOf = (name: string) => {
    const row = region.rows.find((r) => r[1] === name)!;
    return (row[2] as number).toFixed(2);
  };

  it("is titled and introduced for the month", () => {
    expect(draft.title).toBe("关于2026年3月接诉即办工作情况的通报");
    expect(draft.paragraphs[0].text).toMatch(/^根据《吉林省接诉即办“月通报、季排名、年考核”工作制度（试行）》，现将2026年3月各地/);
    expect(draft.paragraphs.filter((p) => p.kind === "heading").map((p) => p.text)).toEqual([
      "一、总体情况", "二、各地区综合得分排名情况", "三、名次变化情况", "四、无数据和未参与排名情况",
    ]);
  });

  it("sums the month's statistics over every region, without the units of no region, and pools the rates exactly", () => {
    const text = paragraphAfter(draft, "一、总体情况");
    const calls = 10 * 100;
    const answered = MAR.reduce((sum, _c, p) => sum + 95 - p, 0) + 2 * 100;
    expect(text).toContain(`共受理诉求${calls}件，及时受理${answered}件，接通率${percent(answered, calls)}`);
    // Ten regional units of 40 transferred tickets; 省直厅 (no region) is not in the sum; 空闲局 adds zeros.
    expect(text).toContain(`共接收转派工单400件，及时签收380件，及时签收率95.00%`);
    expect(text).toContain(`退回工单40件，及时退回30件，及时退回率75.00%`);
    expect(text).toContain(`办结工单300件，按时办结290件，按时办结率${percent(290, 300)}`);
    expect(text).toContain(`满意度参评工单200件，满意190件，满意率95.00%；红牌警告工单10件。`);
  });

  it("lists the first three and the last three of a large group with scores and rank changes", () => {
    const text = paragraphAfter(draft, "二、各地区综合得分排名情况");
    expect(text).toBe(
      "（一）市州。8个地区参与排名。综合得分排名前三位的是：" +
        `R8（${scoreOf("R8")}分，第1名，较上月上升7位）、R2（${scoreOf("R2")}分，第2名，与上月持平）、R3（${scoreOf("R3")}分，第3名，与上月持平）；` +
        `排名后三位的是：R6（${scoreOf("R6")}分，第6名，与上月持平）、R7（${scoreOf("R7")}分，第7名，与上月持平）、R5（${scoreOf("R5")}分，第8名，较上月下降3位）。`,
    );
  });

  it("lists a small group whole, ties sharing a rank", () => {
    const text = paragraphAfter(draft, "二、各地区综合得分排名情况", 2);
    expect(text).toBe(`（二）县市区。2个地区参与排名，综合得分由高到低依次为：X1（${scoreOf("X1")}分，第1名，与上月持平）、X2（${scoreOf("X2")}分，第1名，与上月持平）。`);
  });

  it("names the largest rise and fall of each group", () => {
    expect(paragraphAfter(draft, "三、名次变化情况")).toBe(
      "（一）市州。与上月相比，名次上升最多的是R8（由第8名升至第1名，上升7位）；名次下降最多的是R1（由第1名降至第5名，下降4位）；名次不变的地区5个。",
    );
    expect(paragraphAfter(draft, "三、名次变化情况", 2)).toBe("（二）县市区。与上月相比，无名次上升的地区；无名次下降的地区；名次不变的地区2个。");
  });

  it("counts the units without tickets and without any row, the bodies without data and the unscored regions", () => {
    expect(paragraphAfter(draft, "四、无数据和未参与排名情况")).toBe(
      "承办单位共13个，其中参与工单办理11个，本月无工单办理、不参与汇总和排名1个（空闲局），本月无统计数据和台账记录1个（未报局）。" +
        "管理机构共10个，本月无统计数据和台账记录0个。地区共10个，其中参与排名10个，因缺少管理机构得分或参与工单办理的承办单位未计算综合得分0个。",
    );
  });

  it("gives each group's ranking table with the previous score, rank and change", () => {
    expect(draft.tables.map((t) => t.caption)).toEqual(["附表1  市州综合得分排名（2026年3月）", "附表2  县市区综合得分排名（2026年3月）"]);
    expect(draft.tables[0].columns).toEqual(["名次", "地区", "综合得分", "上期得分", "上期名次", "名次变化"]);
    expect(draft.tables[0].rows[0]).toEqual(["1", "R8", scoreOf("R8"), scoreOf("R5"), "8", "↑7"]);
    expect(draft.tables[0].rows[4]).toEqual(["5", "R1", scoreOf("R1"), scoreOf("R8"), "1", "↓4"]);
  });

  it("writes the title and every paragraph, one per cell in column A, as 2026-03 通报稿 before 计算说明", () => {
    const names = tables.map((t) => t.name);
    expect(names.slice(-2)).toEqual(["2026-03 通报稿", "计算说明"]);
    const sheet = tables[names.indexOf("2026-03 通报稿")];
    expect(sheet.columns).toHaveLength(1);
    expect(sheet.rows.map((r) => r[0])).toEqual([draft.title, ...draft.paragraphs.map((p) => p.text)]);
    expect(sheet.print).toMatchObject({ orientation: "portrait", fitToWidth: true });
  });
});

describe("bulletinDraft without a previous period, and for a quarter", () => {
  it("says January 2026 cannot be compared when December 2025 has no data, and shows no rank change", () => {
    const { draft } = compute(rankedGrids({ "2026-01": FEB }), "2026-01");
    expect(paragraphAfter(draft, "三、名次变化情况")).toBe("上月（2025年12月）无数据，不作名次比较。");
    expect(paragraphAfter(draft, "二、各地区综合得分排名情况")).toMatch(/^（一）市州。8个地区参与排名。综合得分排名前三位的是：R1（[\d.]+分，第1名）、/);
    expect(draft.tables[0].rows[0].slice(3)).toEqual(["", "", ""]);
  });

  it("ranks a quarter by 季度得分, counts its months with data, and compares with the quarter before", () => {
    const { draft } = compute(rankedGrids({ "2025-12": FEB, "2026-01": MAR, "2026-02": MAR }), "2026Q1");
    expect(draft.title).toBe("关于2026年第一季度接诉即办工作得分排名情况的通报");
    expect(paragraphAfter(draft, "一、总体情况")).toMatch(/^2026年第一季度（1月、2月有数据），各地接诉即办管理机构累计受理诉求2000件，/);
    expect(paragraphAfter(draft, "二、各地区季度得分排名情况")).toMatch(/R8（[\d.]+分，第1名，较上季度上升7位）/);
    expect(paragraphAfter(draft, "四、无数据和未参与排名情况")).toMatch(/^承办单位共13个，其中至少一个月参与工单办理11个，本季度各月均无工单办理、不参与排名1个（空闲局）/);
    expect(bodyText(draft).join("")).not.toContain("undefined");
  });

  it("names the regions without a composite in their group and counts them, with the body that has no data", () => {
    const grids = rankedGrids({ "2026-02": FEB, "2026-03": MAR });
    grids["受理统计"] = grids["受理统计"].filter((r) => !(r[0] === "2026-03" && r[1] === "X2中心"));
    const { draft } = compute(grids, "2026-03");
    expect(paragraphAfter(draft, "二、各地区综合得分排名情况", 2)).toMatch(
      /^（二）县市区。1个地区参与排名，综合得分由高到低依次为：X1（[\d.]+分，第1名，与上月持平）。另有1个地区因缺少管理机构得分或参与工单办理的承办单位，未计算综合得分（X2）。$/,
    );
    expect(paragraphAfter(draft, "四、无数据和未参与排名情况")).toContain(
      "管理机构共10个，本月无统计数据和台账记录1个（X2中心）。地区共10个，其中参与排名9个，因缺少管理机构得分或参与工单办理的承办单位未计算综合得分1个（X2）。",
    );
  });
});
