import fc from "fast-check";
import {
  cellText,
  cellTextAs,
  describeCell,
  monthOfSerial,
  isBlank,
  isBlankRow,
  parseDecimalIn,
  parseMonthCell,
  parseWholeNumber,
  trimCell,
} from "../../src/workbook/cells";

/** Every code unit JavaScript counts as white space or a line break, U+3000 and U+FEFF among them. */
const WHITE_SPACE = [
  "\t", "\n", "\v", "\f", "\r", " ", "\u00a0", "\u1680", "\u2000", "\u2005", "\u200a",
  "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\ufeff",
];

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
  it("does not read a bare number as a date serial: 45992 and 46082 are not months", () => {
    expect(parseMonthCell(45992).ok).toBe(false);
    expect(parseMonthCell(46082).ok).toBe(false);
    expect(parseMonthCell(372).ok).toBe(false);
  });
  it("reads a date cell (an ISO t=\"d\" cell arrives as a Date too) as its month, within 2000–2099", () => {
    expect(parseMonthCell(new Date("2026-03-01T00:00:00.000Z"))).toEqual({ ok: true, value: "2026-03" });
    expect(parseMonthCell(new Date(Date.UTC(1999, 11, 31))).ok).toBe(false);
    expect(parseMonthCell(new Date(Date.UTC(2000, 0, 1)))).toEqual({ ok: true, value: "2000-01" });
  });
  it("reads a serial's month only through monthOfSerial (hosts' raw values, never 月份 validation)", () => {
    expect(monthOfSerial(46082)).toEqual({ ok: true, value: "2026-03" });
    expect(monthOfSerial(46081.75)).toEqual({ ok: true, value: "2026-02" });
    expect(monthOfSerial(Number.NaN).ok).toBe(false);
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
  it("reads a number that is not finite as Excel's #NUM!, never NaN or Infinity", () => {
    expect([NaN, Infinity, -Infinity].map(cellText)).toEqual(["#NUM!", "#NUM!", "#NUM!"]);
    expect(cellText(-0)).toBe("0");
  });

  it("trims spaces and full-width spaces", () => {
    expect(cellText("\u3000 长春市 \u3000")).toBe("长春市");
    expect(isBlank("\u3000 ")).toBe(true);
    expect(isBlank(0)).toBe(false);
  });
  it("trims a white space that stands at one edge only, Unicode spaces such as U+2003 included", () => {
    expect(trimCell("\u2003长春市")).toBe("长春市");
    expect(trimCell("长春市\u205f")).toBe("长春市");
    expect(trimCell("\ufeff工单编号")).toBe("工单编号");
    expect(isBlank("\u2003")).toBe(true);
  });
  it("keeps inner spaces and text that only looks like space at its edges", () => {
    expect(trimCell("长春 市")).toBe("长春 市");
    expect(trimCell("“长春市”")).toBe("“长春市”");
    expect(trimCell("\u200b长春市")).toBe("\u200b长春市"); // a zero-width space is not white space
  });
  it("trims exactly what String.prototype.trim trims, with or without the fast path", () => {
    const piece = fc.oneof(fc.constantFrom(...WHITE_SPACE), fc.constantFrom("长春", "A-1", "“", "\u200b", "\u0001"), fc.string({ maxLength: 2 }));
    const text = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(""));
    fc.assert(fc.property(text, (s) => trimCell(s) === s.trim()), { numRuns: 2000 });
  });
  it("writes a date as its day, or as its full timestamp when asked", () => {
    const date = new Date(Date.UTC(2026, 2, 5, 14, 30));
    expect(cellText(date)).toBe("2026-03-05");
    expect(cellTextAs(date, "day")).toBe("2026-03-05");
    expect(cellTextAs(date, "timestamp")).toBe("2026-03-05T14:30:00.000Z");
    expect(cellTextAs(new Date(NaN), "timestamp")).toBe("");
    expect(cellTextAs(" A-1\u3000", "timestamp")).toBe("A-1");
    expect(cellTextAs(12, "timestamp")).toBe("12");
  });
  it("reads dates as days when handed to map (the index is not taken for a date style)", () => {
    expect([new Date(Date.UTC(2026, 2, 5, 14, 30)), " 吉林 "].map(cellText)).toEqual(["2026-03-05", "吉林"]);
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
