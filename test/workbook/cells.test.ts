import {
  cellText,
  describeCell,
  isBlank,
  isBlankRow,
  parseDecimalIn,
  parseMonthCell,
  parseWholeNumber,
} from "../../src/workbook/cells";

describe("parseMonthCell", () => {
  it.each(["2026-03", "2026-3", "2026年3月", "2026年03月", "2026/3", "2026/03", "\u30002026-03 "])(
    "reads the text %p as 2026-03",
    (text) => {
      expect(parseMonthCell(text)).toEqual({ ok: true, value: "2026-03" });
    },
  );
  it("reads a date cell by its UTC fields, whatever the day of the month", () => {
    expect(parseMonthCell(new Date(Date.UTC(2026, 2, 1)))).toEqual({ ok: true, value: "2026-03" });
    expect(parseMonthCell(new Date(Date.UTC(2026, 2, 31)))).toEqual({ ok: true, value: "2026-03" });
  });
  it("reads an Excel date serial: 46082 is 2026-03-01", () => {
    expect(parseMonthCell(46082)).toEqual({ ok: true, value: "2026-03" });
    expect(parseMonthCell(46081)).toEqual({ ok: true, value: "2026-02" });
    expect(parseMonthCell(46082.75)).toEqual({ ok: true, value: "2026-03" });
  });
  it("rejects a serial outside 2000–2099, so a stray count is not read as a date", () => {
    expect(parseMonthCell(372).ok).toBe(false);
    expect(parseMonthCell(36525).ok).toBe(false); // 1999-12-31
    expect(parseMonthCell(36526)).toEqual({ ok: true, value: "2000-01" });
  });
  it.each(["2026-13", "2026-0", "2026.03", "2026-03-15", "三月", "", "202603"])("rejects the text %p", (text) => {
    expect(parseMonthCell(text).ok).toBe(false);
  });
  it("rejects booleans, invalid dates and non-finite numbers", () => {
    expect(parseMonthCell(true).ok).toBe(false);
    expect(parseMonthCell(new Date(NaN)).ok).toBe(false);
    expect(parseMonthCell(Infinity).ok).toBe(false);
  });
});

describe("parseWholeNumber", () => {
  it("reads number cells and trimmed numeric text", () => {
    expect(parseWholeNumber(372, 0)).toEqual({ ok: true, value: 372 });
    expect(parseWholeNumber(" 372\u3000", 0)).toEqual({ ok: true, value: 372 });
    expect(parseWholeNumber(0, 0)).toEqual({ ok: true, value: 0 });
  });
  it.each([1.5, -1, "abc", "1.5", "-1", true, "9007199254740993"])("rejects %p", (value) => {
    expect(parseWholeNumber(value, 0).ok).toBe(false);
  });
  it("honours the minimum: 0 is not a positive quantity", () => {
    expect(parseWholeNumber(0, 1).ok).toBe(false);
    expect(parseWholeNumber("1", 1)).toEqual({ ok: true, value: 1 });
  });
});

describe("parseDecimalIn", () => {
  it("keeps the exact decimal text of a value in range", () => {
    expect(parseDecimalIn("1.5", "1", "3")).toEqual({ ok: true, value: "1.5" });
    expect(parseDecimalIn(2.25, "1", "3")).toEqual({ ok: true, value: "2.25" });
  });
  it("rejects values outside the range and non-numbers", () => {
    expect(parseDecimalIn(0.5, "1", "3").ok).toBe(false);
    expect(parseDecimalIn("3.01", "1", "3").ok).toBe(false);
    expect(parseDecimalIn("两分", "1", "3").ok).toBe(false);
  });
});

describe("cell text", () => {
  it("trims spaces and full-width spaces", () => {
    expect(cellText("\u3000 长春市 \u3000")).toBe("长春市");
    expect(isBlank("\u3000 ")).toBe(true);
    expect(isBlank(0)).toBe(false);
  });
  it("treats a row of blank cells (or no row) as blank", () => {
    expect(isBlankRow([null, undefined, " ", "\u3000"])).toBe(true);
    expect(isBlankRow(undefined)).toBe(true);
    expect(isBlankRow([null, 0])).toBe(false);
  });
  it("describes found values for messages: text quoted, numbers bare, dates as dates", () => {
    expect(describeCell(" abc ")).toBe("“abc”");
    expect(describeCell(1.5)).toBe("1.5");
    expect(describeCell(new Date(Date.UTC(2026, 2, 1)))).toBe("日期2026-03-01");
  });
});
