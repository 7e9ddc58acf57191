import { rejectedLedgerText, subjectNote } from "../../../src/workbook/render/subject-note";
import { IDLE_NOTE, REJECTED_PRAISE, workedBody } from "./fixtures";

describe("rejectedLedgerText", () => {
  it("cites the 台账 row and item", () => {
    expect(rejectedLedgerText(REJECTED_PRAISE)).toBe("台账第12行（群众表扬）审核不通过，未计分");
  });
  it("names the level of a leveled item and survives a row without a source", () => {
    const { source: _omit, ...rest } = REJECTED_PRAISE;
    expect(rejectedLedgerText({ ...rest, item: "通报表彰", level: "省级" })).toBe("台账（省级通报表彰）审核不通过，未计分");
  });
});

describe("subjectNote", () => {
  it("puts notes first, then item explanations, bonuses, penalties and rejected rows", () => {
    const s = { ...workedBody(), notes: [IDLE_NOTE] };
    const parts = (subjectNote(s) as string).split("；");
    expect(parts[0]).toBe(IDLE_NOTE);
    expect(parts[1]).toBe("接通率93.00%，低于95%的2.00个百分点，扣1.00分");
    expect(parts.indexOf("群众表扬5次，加2.00分（上限2分）")).toBeLessThan(parts.indexOf("省级通报批评1件，扣2.50分"));
  });
});
