import { countProblems, groupProblems } from "../../src/taskpane/problem-groups";
import type { Problem } from "../../src/workbook/problem";

const p = (sheet: string, row: number, col: number, severity: Problem["severity"] = "error"): Problem => ({ sheet, row, col, severity, message: "…" });

describe("groupProblems", () => {
  it("groups by sheet in the order found, with A1 cells and counts", () => {
    const groups = groupProblems([p("办理统计", 11, 5), p("台账", 6, 2, "warning"), p("办理统计", 2, 3, "warning")]);
    expect(groups.map((g) => [g.sheet, g.errors, g.warnings, g.items.map((i) => i.cell)])).toEqual([
      ["办理统计", 1, 1, ["F12", "D3"]],
      ["台账", 0, 1, ["C7"]],
    ]);
  });

  it("shows at most the limit per sheet and counts the rest", () => {
    const [g] = groupProblems(Array.from({ length: 7 }, (_, i) => p("台账", i + 1, 0)), 5);
    expect(g.items).toHaveLength(5);
    expect(g.hidden).toBe(2);
    expect(g.errors).toBe(7);
  });

  it("counts errors and warnings", () => {
    expect(countProblems([p("a", 0, 0), p("a", 0, 0, "warning"), p("b", 0, 0, "warning")])).toEqual({ errors: 1, warnings: 2 });
  });
});
