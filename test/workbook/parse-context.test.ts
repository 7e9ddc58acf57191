import { locateColumns } from "../../src/workbook/headers";
import { column, problemLog, rowCursor, rowReader } from "../../src/workbook/parse-context";
import { inputSheetSpec } from "../../src/workbook/sheets";

const grid = [
  ["地区", "上级地区"],
  ["长春市", "吉林省"],
  ["\u3000朝阳区 ", null],
];

describe("row readers", () => {
  it("a cursor's reader, turned to the next row, is as fresh as a new one", () => {
    const log = problemLog();
    const table = locateColumns("地区", grid, inputSheetSpec("地区")!, log);
    const name = column(table, "地区");
    const cursor = rowCursor(table, log);
    const first = cursor.at(1);
    const firstSource = first.source;
    first.error(name, "x");
    expect(first.failed).toBe(true);
    const second = cursor.at(2);
    expect(second.failed).toBe(false);
    expect(second.text(name)).toBe("朝阳区");
    expect(second.source).toEqual({ sheet: "地区", row: 3 });
    expect(firstSource).toEqual({ sheet: "地区", row: 2 });
    expect(log.problems.map((p) => [p.row, p.col])).toEqual([[1, 0]]);
  });

  it("an absent column reads as undefined and is cited at the first empty header cell", () => {
    const log = problemLog();
    const table = locateColumns("地区", grid, inputSheetSpec("地区")!, log);
    const group = column(table, "排名分组");
    const reader = rowReader(table, 1, log);
    expect(reader.value(group)).toBeUndefined();
    expect(reader.text(group)).toBe("");
    reader.warning(group, "y");
    expect(log.problems.map((p) => [p.severity, p.row, p.col])).toEqual([["warning", 1, 2]]);
    expect(reader.failed).toBe(false);
  });
});
