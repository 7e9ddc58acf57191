import { parseRect, qualifiedAddress, rectAddress, splitSheet } from "../../../src/hosts/fake/cell-address";
import { tableNameError } from "../../../src/hosts/fake/excel-rules";

describe("fake Excel addresses", () => {
  it.each([
    ["B3", { row: 2, col: 1, rows: 1, cols: 1 }],
    ["A2:F40", { row: 1, col: 0, rows: 39, cols: 6 }],
    ["$C$5:A1", { row: 0, col: 0, rows: 5, cols: 3 }],
    ["B:C", { row: 0, col: 1, rows: 1_048_576, cols: 2 }],
    ["2:3", { row: 1, col: 0, rows: 2, cols: 16_384 }],
  ])("parses %s", (address, rect) => {
    expect(parseRect(address)).toEqual(rect);
  });

  it.each(["", "A0", "A1:B", "XFE1", "A1048577", "A1:B2:C3", "1A"])("refuses %j", (address) => {
    expect(parseRect(address)).toBeNull();
  });

  it("writes addresses back as Excel does, quoting sheet names that need it", () => {
    expect(rectAddress({ row: 0, col: 0, rows: 1, cols: 1 })).toBe("A1");
    expect(rectAddress({ row: 1, col: 26, rows: 2, cols: 2 })).toBe("AA2:AB3");
    expect(qualifiedAddress("地区", { row: 0, col: 0, rows: 1, cols: 1 })).toBe("地区!A1");
    expect(qualifiedAddress("2026-03 地区综合", { row: 0, col: 0, rows: 1, cols: 1 })).toBe("'2026-03 地区综合'!A1");
    expect(splitSheet("'it''s'!B2")).toEqual({ sheet: "it's", cells: "B2" });
  });
});

describe("fake Excel table names", () => {
  it("accepts Chinese names with digits and underscores, refuses spaces, references and duplicates", () => {
    expect(tableNameError("接诉即办表1", [])).toBeNull();
    expect(tableNameError("_x.y", [])).toBeNull();
    expect(tableNameError("有 空格", [])).not.toBeNull();
    expect(tableNameError("1表", [])).not.toBeNull();
    expect(tableNameError("R1C1", [])).not.toBeNull();
    expect(tableNameError("表一", ["表一"])).toMatch(/已存在/);
  });
});
