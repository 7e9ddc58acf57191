import { READ_COUNT } from "../../src/engine/count-readers";
import { BODY_COUNT_FIELDS, UNIT_COUNT_FIELDS } from "../../src/engine/types";

describe("count readers", () => {
  const fields = [...BODY_COUNT_FIELDS, ...UNIT_COUNT_FIELDS];

  it("has one reader for every count field of both statistics sheets, and no other", () => {
    expect(Object.keys(READ_COUNT).sort()).toEqual([...fields].sort());
  });

  it("reads each field's own count, whatever else the row holds", () => {
    const row = Object.fromEntries(fields.map((f, i) => [f, i * 10 + 1]));
    for (const [i, f] of fields.entries()) expect(READ_COUNT[f](row)).toBe(i * 10 + 1);
    expect(READ_COUNT.诉求总量({ 转派工单总量: 5 })).toBeUndefined();
    expect(READ_COUNT.满意工单量({ 满意工单量: null })).toBeNull();
  });
});
