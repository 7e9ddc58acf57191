import { templateNotes } from "../../src/taskpane/template-notes";

describe("the notice after 「插入模板」", () => {
  it("names the sheets created, what 节假日 holds and the sheets kept", () => {
    const notes = templateNotes({
      created: ["工单明细", "节假日"],
      kept: ["地区", "单位"],
      holidays: { years: [2026], days: 39, unknownYears: [] },
    });
    expect(notes).toEqual(["已新建：工单明细、节假日", "节假日表已填入 2026 年的法定节假日与调休上班日，共 39 天", "已存在、未改动：地区、单位"]);
  });

  it("names the years that have no built-in calendar", () => {
    const notes = templateNotes({ created: ["节假日"], kept: [], holidays: { years: [2026, 2027], days: 39, unknownYears: [2027] } });
    expect(notes).toEqual([
      "已新建：节假日",
      "节假日表已填入 2026 年的法定节假日与调休上班日，共 39 天",
      "2027 年没有内置的节假日数据，请在节假日表中自行填写",
    ]);
  });

  it("says nothing was created when every sheet exists", () => {
    expect(templateNotes({ created: [], kept: ["地区"], holidays: null })).toEqual(["模板中的表都已存在，未新建任何表", "已存在、未改动：地区"]);
  });
});
