import { BODY_COUNT_FIELDS, UNIT_COUNT_FIELDS } from "../../src/engine/types";
import { bodyCounts, unitCounts } from "../../src/workbook/stats-counts";

describe("counts objects of statistics rows", () => {
  it.each([
    ["受理统计", bodyCounts, BODY_COUNT_FIELDS],
    ["办理统计", unitCounts, UNIT_COUNT_FIELDS],
  ] as const)("%s: the i-th count goes to the i-th field, keys in field order", (_, build, fields) => {
    const values = fields.map((_, i) => i * 10);
    expect(Object.entries(build(values))).toEqual(fields.map((field, i) => [field, i * 10]));
    expect(Object.values(build(fields.map(() => null)))).toEqual(fields.map(() => null));
  });
});
