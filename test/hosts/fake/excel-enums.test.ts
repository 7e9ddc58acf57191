import { readFileSync } from "fs";
import * as ENUMS from "../../../src/hosts/fake/excel-enums";

/** The string values of `enum NAME` in the Excel namespace of the installed @types/office-js. */
function typingsEnum(name: string): string[] {
  const typings = readFileSync(require.resolve("@types/office-js/index.d.ts"), "utf8");
  const start = typings.indexOf(`    enum ${name} {`, typings.indexOf("declare namespace Excel {"));
  expect(start).toBeGreaterThan(0);
  const body = typings.slice(start, typings.indexOf("\n    }", start));
  return [...body.matchAll(/^\s+\w+ = "([^"]+)",?$/gm)].map((m) => m[1]);
}

describe("the fake's Excel enums", () => {
  it.each([
    ["ConditionalFormatType", ENUMS.CONDITIONAL_FORMAT_TYPE],
    ["ConditionalFormatColorCriterionType", ENUMS.CONDITIONAL_FORMAT_COLOR_CRITERION_TYPE],
    ["ChartType", ENUMS.CHART_TYPE],
    ["ChartSeriesBy", ENUMS.CHART_SERIES_BY],
    ["SheetVisibility", ENUMS.SHEET_VISIBILITY],
    ["PageOrientation", ENUMS.PAGE_ORIENTATION],
    ["PaperType", ENUMS.PAPER_TYPE],
    ["ClearApplyTo", ENUMS.CLEAR_APPLY_TO],
    ["RangeCopyType", ENUMS.RANGE_COPY_TYPE],
  ])("lists exactly the values of Excel.%s in the typings", (name, values) => {
    expect([...values]).toEqual(typingsEnum(name));
  });

  it("refuses a camelCase spelling and the Invalid placeholder", () => {
    expect(() => ENUMS.checkEnum("ConditionalFormatColorCriterionType", ENUMS.CONDITIONAL_FORMAT_COLOR_CRITERION_TYPE, "lowestValue")).toThrow(
      expect.objectContaining({ code: "InvalidArgument" }),
    );
    expect(() => ENUMS.checkEnum("ChartType", ENUMS.CHART_TYPE, "Invalid")).toThrow(expect.objectContaining({ code: "InvalidArgument" }));
    expect(() => ENUMS.checkEnum("ChartType", ENUMS.CHART_TYPE, "BarClustered")).not.toThrow();
  });
});
