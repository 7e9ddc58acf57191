import { createFakeExcel } from "../../../src/hosts/fake";
import { EXCEL_ERROR_TEXT, excelErrorText, WriteBlockedError } from "../../../src/hosts/office/excel-errors";

const CODES = [
  "InvalidArgument",
  "ItemNotFound",
  "ItemAlreadyExists",
  "InvalidOperation",
  "GeneralException",
  "RequestPayloadSizeLimitExceeded",
  "AccessDenied",
  "Conflict",
  "Unauthenticated",
  "ApiNotFound",
];

describe("Excel errors shown to people", () => {
  it.each(CODES)("gives %s a Chinese text that says what to do, whatever Excel's localized message", (code) => {
    const text = excelErrorText(Object.assign(new Error("Some localized English message."), { code }));
    expect(text).toBe(EXCEL_ERROR_TEXT[code]);
    expect(text).toMatch(/[\u4e00-\u9fff]/);
    expect(text).toMatch(/请/);
    expect(text).not.toMatch(/English|message/);
  });

  it("names an unknown code and shows no English message", () => {
    const text = excelErrorText({ code: "FilteredRangeConflict", message: "The operation is not allowed on a filtered range." });
    expect(text).toContain("FilteredRangeConflict");
    expect(text).not.toContain("filtered range");
  });

  it("keeps our own Chinese messages and replaces a bug's English by a general Chinese text", () => {
    expect(excelErrorText(new WriteBlockedError("工作簿结构受保护"))).toBe("工作簿结构受保护");
    expect(excelErrorText(new RangeError("期间“x”不是月份、季度或年度"))).toBe("期间“x”不是月份、季度或年度");
    expect(excelErrorText(new TypeError("Cannot read properties of undefined"))).toMatch(/^加载项内部出错/);
  });

  it("maps the codes the fake raises: AccessDenied on a protected sheet", async () => {
    const fake = createFakeExcel({ S: [["a"]] }, { protectedSheets: ["S"] });
    const write = fake.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1").values = [["b"]];
      await context.sync();
    });
    await expect(write).rejects.toMatchObject({ code: "AccessDenied" });
    expect(excelErrorText(await write.catch((e: unknown) => e))).toBe(EXCEL_ERROR_TEXT.AccessDenied);
    expect(fake.workbook.sheetByName("S")!.grid()).toEqual([["a"]]);
  });
});
