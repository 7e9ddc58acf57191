import { alignColumns, displayWidth, padEnd, padStart } from "../../src/cli/text-width";

describe("displayWidth", () => {
  it("counts Chinese characters and full-width punctuation as two columns", () => {
    expect(displayWidth("长春市")).toBe(6);
    expect(displayWidth("（市州）")).toBe(8);
    expect(displayWidth("93.27")).toBe(5);
    expect(displayWidth("延边朝鲜族自治州 1")).toBe(18);
  });
});

describe("padding", () => {
  it("pads Chinese text to the same terminal width as ASCII text", () => {
    expect(padEnd("长春", 6)).toBe("长春  ");
    expect(padStart("1", 3)).toBe("  1");
    expect(padEnd("延边朝鲜族自治州", 4)).toBe("延边朝鲜族自治州");
  });

  it("aligns columns whatever the script of their text", () => {
    const lines = alignColumns(
      [
        ["名次", "地区", "得分"],
        ["1", "长春市", "93.27"],
        ["10", "延边朝鲜族自治州", "9.5"],
      ],
      [true, false, true],
    );
    expect(lines.map(displayWidth)).toEqual([29, 29, 29]);
    expect(lines[1]).toBe(`   1  长春市${" ".repeat(12)}93.27`);
  });
});
