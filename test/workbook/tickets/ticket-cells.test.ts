import { wallSeconds } from "../../../src/engine/calendar/wall-clock";
import { parseChoiceCell, parseDayCell, parseMomentCell } from "../../../src/workbook/tickets/ticket-cells";

const ok = (value: number) => ({ kind: "ok", value });

describe("time cells", () => {
  it("reads text date-times with minutes, seconds, slashes and Chinese separators", () => {
    expect(parseMomentCell("2026-03-05 14:30")).toEqual(ok(wallSeconds(2026, 3, 5, 14, 30)));
    expect(parseMomentCell(" 2026/3/5 14:30:15 ")).toEqual(ok(wallSeconds(2026, 3, 5, 14, 30, 15)));
    expect(parseMomentCell("2026年3月5日 14:30")).toEqual(ok(wallSeconds(2026, 3, 5, 14, 30)));
    expect(parseMomentCell("2026-03-05T14:30:00.000")).toEqual(ok(wallSeconds(2026, 3, 5, 14, 30)));
  });

  it("reads an exceljs Date by its UTC fields, whatever the host time zone", () => {
    expect(parseMomentCell(new Date(Date.UTC(2026, 2, 5, 14, 30)))).toEqual(ok(wallSeconds(2026, 3, 5, 14, 30)));
  });

  it("reads an Excel serial as days plus a fraction of a day", () => {
    expect(parseMomentCell(46086.5)).toEqual(ok(wallSeconds(2026, 3, 5, 12)));
    expect(parseMomentCell(46086 + 14.5 / 24)).toEqual(ok(wallSeconds(2026, 3, 5, 14, 30)));
  });

  it("reads a text date without time as 00:00, or 24:00 for a limit", () => {
    expect(parseMomentCell("2026-03-10")).toEqual(ok(wallSeconds(2026, 3, 10)));
    expect(parseMomentCell("2026-03-10", true)).toEqual(ok(wallSeconds(2026, 3, 11)));
  });

  it("reports what it could not read", () => {
    expect(parseMomentCell("2026-02-30 10:00")).toEqual({ kind: "bad", shown: "2026-02-30 10:00" });
    expect(parseMomentCell("明天")).toEqual({ kind: "bad", shown: "明天" });
    expect(parseMomentCell(12)).toEqual({ kind: "bad", shown: "12" });
    expect(parseMomentCell("2026-03-05 25:00")).toEqual({ kind: "bad", shown: "2026-03-05 25:00" });
    expect(parseMomentCell(new Date(NaN))).toEqual({ kind: "bad", shown: "无效日期" });
  });

  it("treats null, undefined and spaces as blank", () => {
    expect(parseMomentCell(null).kind).toBe("blank");
    expect(parseMomentCell(undefined).kind).toBe("blank");
    expect(parseMomentCell(" \u3000").kind).toBe("blank");
  });
});

describe("choice and day cells", () => {
  it("reads booleans as 是/否 and rejects texts outside the table", () => {
    const table = { 是: true, 否: false };
    expect(parseChoiceCell(true, table)).toEqual({ kind: "ok", value: true });
    expect(parseChoiceCell(" 否", table)).toEqual({ kind: "ok", value: false });
    expect(parseChoiceCell("可能", table)).toEqual({ kind: "bad", shown: "可能" });
  });

  it("shows a date found in a choice cell by its full timestamp", () => {
    const date = new Date(Date.UTC(2026, 2, 5, 14, 30));
    expect(parseChoiceCell(date, { 是: true })).toEqual({ kind: "bad", shown: "2026-03-05T14:30:00.000Z" });
  });

  it("reads calendar days and rejects a date with a time", () => {
    expect(parseDayCell("2026/10/1")).toEqual({ kind: "ok", value: wallSeconds(2026, 10, 1) / 86400 });
    expect(parseDayCell(46296)).toEqual({ kind: "ok", value: wallSeconds(2026, 10, 1) / 86400 });
    expect(parseDayCell("2026-10-01 08:00").kind).toBe("bad");
  });
});

describe("Chinese and full-width ticket times (issue 12, class 6)", () => {
  const at = (h: number, mi = 0, s = 0) => ({ kind: "ok", value: wallSeconds(2026, 4, 1, h, mi, s) });

  it.each([
    ["2026年4月1日 9时00分", at(9)],
    ["2026年4月1日 9时30分", at(9, 30)],
    ["2026年4月1日 9时", at(9)],
    ["2026年4月1日 9时00分00秒", at(9)],
    ["2026年4月1日9时30分", at(9, 30)],
    ["2026年4月1日 9时30分15秒", at(9, 30, 15)],
    ["2026/4/1 9点30", at(9, 30)],
    ["２０２６－０４－０１　０９：３０", at(9, 30)],
    ["２０２６年４月１日　９时３０分", at(9, 30)],
    ["2026-04-01 14：30", at(14, 30)],
  ])("reads %p", (text, expected) => {
    expect(parseMomentCell(text)).toEqual(expected);
  });

  it.each(["2026年4月1日 9时61分", "2026年4月1日 25时", "2026-04-01 9时30分70秒", "2026-04-019:30"])("refuses %p", (text) => {
    expect(parseMomentCell(text).kind).toBe("bad");
  });

  it("still accepts a serial number in a time column", () => {
    expect(parseMomentCell(46113.375)).toEqual(at(9));
  });
});
