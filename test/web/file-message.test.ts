import { emptyFileMessage, unreadableMessage } from "../../src/web/file-message";
import { baseName, jsonName, scoredName } from "../../src/web/file-names";

describe("what the web page says about a file it cannot read", () => {
  it("refuses an empty file before reading it, naming it", () => {
    expect(emptyFileMessage("空.xlsx", 0)).toMatch(/^“空\.xlsx”是空文件/);
    expect(emptyFileMessage("a.xlsx", 1)).toBeNull();
  });

  it("keeps the reader's reason and adds what to do for the file's kind", () => {
    expect(unreadableMessage("旧.XLS", "不是 .xlsx 工作簿")).toBe(`无法读取“旧.XLS”：不是 .xlsx 工作簿。${"这是旧版 .xls 格式"}：请先在 Excel 或 WPS 中“另存为” Excel 工作簿（.xlsx），再选择新文件。`);
    expect(unreadableMessage("表.csv", "不是 .xlsx 工作簿。")).toMatch(/^无法读取“表\.csv”：不是 \.xlsx 工作簿。CSV 文件只是文本/);
    expect(unreadableMessage("x.xlsx", "文件已损坏")).toMatch(/^无法读取“x\.xlsx”：文件已损坏。请选择 Excel 工作簿（\.xlsx）/);
  });
});

describe("the names of the saved files", () => {
  it("follow the chosen workbook's name", () => {
    expect(scoredName("吉林 3月.xlsx")).toBe("吉林 3月.scored.xlsx");
    expect(jsonName("jilin-example.xlsx")).toBe("jilin-example.result.json");
    expect(baseName("a.b.xlsx")).toBe("a.b");
    expect(baseName("noext")).toBe("noext");
    expect(baseName(".xlsx")).toBe(".xlsx");
  });
});
