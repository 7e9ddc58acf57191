import { columnEdges, columnSpan, columnWidths, HEADER_WIDTH, ROW_HEIGHT, rowSpan, textWidth } from "../../src/playground/sheet-window";

describe("the playground grid draws only what is in view", () => {
  it("draws the visible rows and a margin, within the sheet", () => {
    expect(rowSpan(0, 20 * ROW_HEIGHT, 400)).toEqual([0, 25]);
    expect(rowSpan(100 * ROW_HEIGHT, 20 * ROW_HEIGHT, 400)).toEqual([96, 125]);
    expect(rowSpan(395 * ROW_HEIGHT, 20 * ROW_HEIGHT, 400)).toEqual([391, 400]);
    expect(rowSpan(0, 20 * ROW_HEIGHT, 3)).toEqual([0, 3]);
  });

  it("keeps a row in the drawn ones when scrolled past the end of a sheet that shrank", () => {
    const [first, end] = rowSpan(300 * ROW_HEIGHT, 20 * ROW_HEIGHT, 10);
    expect(first).toBeLessThan(end);
    expect(end).toBe(10);
  });

  it("draws the visible columns and a margin of 100 px", () => {
    const edges = columnEdges(Array(40).fill(100));
    expect(edges[40]).toBe(4000);
    expect(columnSpan(edges, 0, 500)).toEqual([0, 6]);
    const [first, end] = columnSpan(edges, HEADER_WIDTH + 2000, 500);
    expect([first, end]).toEqual([19, 26]);
    expect(columnSpan(edges, HEADER_WIDTH + 10_000, 500)).toEqual([39, 40]);
  });

  it("sizes a column from the sheet's width in points, else from its text", () => {
    const text = (r: number, c: number) => (c === 1 && r === 3 ? "延边朝鲜族自治州第11县区" : "");
    expect(columnWidths(3, new Map([[0, 48]]), text, 10)).toEqual([64, textWidth("延边朝鲜族自治州第11县区"), 64]);
    expect(textWidth("延边朝鲜族自治州第11县区")).toBe(11 * 12 + 2 * 7 + 14);
    expect(columnWidths(1, new Map([[0, 1000]]), text, 10)).toEqual([360]);
  });
});
