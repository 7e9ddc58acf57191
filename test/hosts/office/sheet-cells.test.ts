import { sheetCells } from "../../../src/hosts/office/sheet-cells";
import { TOOL_MARK, type OutputTable } from "../../../src/workbook/output-table";

const table: OutputTable = {
  name: "2026-03 承办单位得分",
  title: `${TOOL_MARK}2026-03 承办单位得分`,
  columns: [
    { header: "单位", kind: "text", width: 30 },
    { header: "满意率(%)", kind: "rate", width: 10 },
    { header: "最终得分", kind: "score", width: 10 },
    { header: "排名", kind: "rank", width: 6 },
  ],
  rows: [
    ["=1+1", 93.5, 84.9, 1],
    ["2026-03", null, "无数据", null],
  ],
  scoreColumns: [2],
  chart: null,
};

describe("sheetCells", () => {
  it("puts the title in A1 and the headers in row 2, all formatted as text", () => {
    const cells = sheetCells(table);
    expect(cells.values[0]).toEqual([table.title, "", "", ""]);
    expect(cells.values[1]).toEqual(["单位", "满意率(%)", "最终得分", "排名"]);
    expect(cells.formats.slice(0, 2).flat().every((f) => f === "@")).toBe(true);
  });

  it("formats every string cell as text, whatever its column, and numbers by column kind", () => {
    const cells = sheetCells(table);
    expect(cells.formats[2]).toEqual(["@", "0.00", "0.00", "0"]);
    expect(cells.formats[3]).toEqual(["@", "0.00", "@", "0"]);
  });

  it("writes blank cells for nulls, never null (Excel would leave the old value)", () => {
    expect(sheetCells(table).values[3]).toEqual(["2026-03", "", "无数据", ""]);
  });

  it("estimates one size per row", () => {
    const cells = sheetCells(table);
    expect(cells.rowSizes).toHaveLength(4);
    expect(cells.rowSizes.every((n) => n > 0)).toBe(true);
  });
});
