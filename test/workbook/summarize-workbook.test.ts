import { summarizeWorkbook } from "../../src/workbook/read-input";
import { BODY, cleanWorkbook, LEDGER_HEADER, workbook } from "./fixtures";

describe("summarizeWorkbook", () => {
  it("counts regions, bodies and units, and lists months and sheets", () => {
    const summary = summarizeWorkbook(cleanWorkbook());
    expect(summary).toEqual({
      sheetsFound: ["地区", "单位", "受理统计", "办理统计", "台账"],
      sheetsMissing: ["参数"],
      regionCount: 3,
      bodyCount: 1,
      unitCount: 2,
      months: ["2026-03"],
    });
  });

  it("reads months in every form and ignores what it cannot read (a bare number too), without validating", () => {
    const sheets = workbook({
      台账: [LEDGER_HEADER, ["2026年4月", BODY], [new Date(Date.UTC(2026, 4, 2)), BODY], ["乱写", BODY], [46113, BODY]],
      地区: undefined,
    });
    const summary = summarizeWorkbook(sheets);
    expect(summary.months).toEqual(["2026-03", "2026-04", "2026-05"]);
    expect(summary.regionCount).toBe(0);
    expect(summary.sheetsMissing).toEqual(["地区", "参数"]);
  });
});
