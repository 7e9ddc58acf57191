import { promises as fs } from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { saveTextFile, saveWorkbookFile } from "../../../src/hosts/xlsx/save-workbook";
import { tempDir } from "../../cli/helpers";

describe("saveWorkbookFile and saveTextFile", () => {
  it("replace the target and leave no temporary file behind", async () => {
    const dir = await tempDir("save");
    const target = path.join(dir, "out.xlsx");
    await fs.writeFile(target, "旧内容");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("地区").addRow(["地区"]);
    await saveWorkbookFile(workbook, target);
    await saveTextFile("{}\n", path.join(dir, "r.json"));
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.readFile(target);
    expect(reread.getWorksheet("地区")!.getCell("A1").value).toBe("地区");
    expect(await fs.readFile(path.join(dir, "r.json"), "utf8")).toBe("{}\n");
    expect((await fs.readdir(dir)).sort()).toEqual(["out.xlsx", "r.json"]);
  });

  it("reject when the folder is missing and write nothing", async () => {
    const dir = await tempDir("save-missing");
    await expect(saveTextFile("x", path.join(dir, "no", "r.json"))).rejects.toThrow();
    expect(await fs.readdir(dir)).toEqual([]);
  });
});
