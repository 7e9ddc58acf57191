import { computeWorkbook } from "../../src/workbook/compute";
import type { SheetGrids } from "../../src/workbook/compute-types";
import { BODY, UNIT, UNIT2 } from "./tickets/ticket-fixtures";
import { GOLDEN_BODY_STATS, GOLDEN_TICKETS, GOLDEN_UNIT_STATS } from "./tickets/golden-fixture";

const base: SheetGrids = {
  地区: [["地区", "上级地区", "排名分组"], ["长春市", null, "市州"]],
  单位: [["单位", "类型", "所属地区", "排名分组"], [BODY, "管理机构", "长春市", null], [UNIT, "承办单位", "长春市", "市直部门"], [UNIT2, "承办单位", "长春市", "市直部门"]],
  台账: [["月份", "单位", "事项"], ["2026-03", BODY, "治理同类问题"]],
};
const opts = { now: new Date("2026-04-02T00:00:00Z"), existingSheets: [] };

/** 受理统计 with only the call-centre figures typed; the ticket counts left blank to be derived. */
const callFiguresOnly = GOLDEN_BODY_STATS.map((row, i) => (i === 0 ? row : [row[0], row[1], row[2], row[3], null, null]));

describe("computeWorkbook with a ticket export (工单明细)", () => {
  const typed = computeWorkbook({ ...base, 受理统计: GOLDEN_BODY_STATS, 办理统计: GOLDEN_UNIT_STATS }, "2026-03", opts);
  const fromTickets = computeWorkbook({ ...base, 工单明细: GOLDEN_TICKETS, 受理统计: callFiguresOnly }, "2026-03", opts);

  it("scores derived statistics exactly like the hand-written ones", () => {
    expect(typed.ok).toBe(true);
    expect(fromTickets.ok).toBe(true);
    const scores = (o: typeof typed) => {
      const j = o.json as any;
      return { bodies: j.managementBodies, units: j.handlingUnits, regions: j.regions };
    };
    expect(scores(fromTickets)).toEqual(scores(typed));
  });

  it("adds a 2026-03 工单统计 sheet before 计算说明 so recipients can check the derived counts", () => {
    const names = fromTickets.tables.map((t) => t.name);
    expect(names).toContain("2026-03 工单统计");
    expect(names[names.length - 1]).toBe("计算说明");
    expect(typed.tables.map((t) => t.name)).not.toContain("2026-03 工单统计");
  });

  it("warns when a typed count disagrees with the tickets, and the typed value wins", () => {
    const disagreeing = GOLDEN_UNIT_STATS.map((row) => [...row]);
    disagreeing[2][3] = 5; // UNIT 2026-03 及时签收工单量: tickets say 4
    const out = computeWorkbook({ ...base, 工单明细: GOLDEN_TICKETS, 受理统计: GOLDEN_BODY_STATS, 办理统计: disagreeing }, "2026-03", opts);
    expect(out.ok).toBe(true);
    const warning = out.problems.find((p) => p.sheet === "办理统计" && p.row === 2 && p.col === 3);
    expect(warning?.severity).toBe("warning");
    expect(warning?.message).toContain("5");
    expect(warning?.message).toContain("4");
    const u = (out.json as any).handlingUnits.find((x: any) => x.unit === UNIT);
    expect(u.items.U1).toBe(15); // 5/5 typed wins: 100%
  });
});
