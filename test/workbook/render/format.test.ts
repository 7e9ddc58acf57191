import { d } from "../../../src/engine/decimal";
import { beijingTime, joinParts, num, textOrNull, textWidth, wrappedLineCount } from "../../../src/workbook/render/format";

describe("num", () => {
  it("turns an engine decimal into the JSON number people read", () => {
    expect(num(d("94.50"))).toBe(94.5);
    expect(num(d("0.1").plus(d("0.2")))).toBe(0.3);
  });
  it("keeps blank as null", () => {
    expect(num(null)).toBeNull();
    expect(num(undefined)).toBeNull();
  });
});

describe("joinParts", () => {
  it("joins with the Chinese semicolon and skips blanks", () => {
    expect(joinParts(["扣1.00分", null, " ", "加2.00分"])).toBe("扣1.00分；加2.00分");
  });
  it("returns null when nothing is left", () => {
    expect(joinParts([null, ""])).toBeNull();
  });
});

describe("textOrNull", () => {
  it("blanks empty text only", () => {
    expect(textOrNull("  ")).toBeNull();
    expect(textOrNull("说明")).toBe("说明");
  });
});

describe("textWidth", () => {
  it("counts Chinese characters double", () => {
    expect(textWidth("接通率(20)")).toBe(10);
  });
});

describe("beijingTime", () => {
  it("prints the instant at UTC+8, rolling over the date", () => {
    expect(beijingTime(new Date("2026-03-31T18:30:00Z"))).toBe("2026-04-01 02:30:00");
  });
});

describe("wrappedLineCount", () => {
  it("counts CJK characters double and fills each line up to 90 % of the width less one", () => {
    expect(wrappedLineCount("扣".repeat(35), 80)).toBe(1);
    expect(wrappedLineCount("扣".repeat(36), 80)).toBe(2);
    expect(wrappedLineCount("a".repeat(71), 80)).toBe(1);
    expect(wrappedLineCount("a".repeat(72), 80)).toBe(2);
    expect(wrappedLineCount("接诉即办", 6)).toBe(2);
  });

  it("starts a new line at each line break and counts an empty text as one line", () => {
    expect(wrappedLineCount("甲\n乙\n丙", 40)).toBe(3);
    expect(wrappedLineCount("", 40)).toBe(1);
  });
});
