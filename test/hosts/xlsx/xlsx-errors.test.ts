import { promises as fs } from "fs";
import path from "path";
import { strToU8, zipSync } from "fflate";
import { FILE_MSG, openXlsx, XlsxFileError, type XlsxFileErrorKind } from "../../../src/hosts/xlsx/xlsx-file";
import { runCli, tempDir } from "../../cli/helpers";
import { buildXlsx, packageParts, zipParts } from "./package-builder";

const FIXTURES = path.join(__dirname, "..", "..", "fixtures", "producers");
const EXAMPLE = path.join(__dirname, "..", "..", "..", "examples", "jilin-example.xlsx");

/** A compound (OLE) file as Office writes for a password-protected workbook: header + directory with its stream names. */
function encryptedCompoundFile(): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const name = (text: string, at: number) => [...text].forEach((ch, i) => (bytes[at + 2 * i] = ch.charCodeAt(0)));
  name("Root Entry", 512);
  name("EncryptionInfo", 640);
  name("EncryptedPackage", 768);
  return bytes;
}

const sheetWith = (rows: string) => buildXlsx({ sheets: [{ name: "地区", rows }] });

/** A package whose entries are stored (not deflated), with one byte of the sheet changed afterwards. */
function badChecksum(): Uint8Array {
  const parts = packageParts({ sheets: [{ name: "地区", rows: '<row r="1"><c r="A1"><v>1234</v></c></row>' }] });
  const bytes = zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])), { level: 0 });
  const at = Buffer.from(bytes).indexOf("1234");
  bytes[at] = "9".charCodeAt(0);
  return bytes;
}

type Case = [string, () => Promise<Uint8Array> | Uint8Array, XlsxFileErrorKind, string | RegExp];

const CASES: Case[] = [
  ["an empty file", () => new Uint8Array(0), "not-xlsx", FILE_MSG.empty],
  ["an encrypted workbook", encryptedCompoundFile, "encrypted", FILE_MSG.encrypted],
  ["an old .xls renamed", async () => new Uint8Array(await fs.readFile(path.join(FIXTURES, "old-format.xls"))), "not-xlsx", FILE_MSG.oldXls],
  ["a .csv renamed", () => strToU8("月份,单位,诉求总量\n2026-03,长春市,100\n"), "not-xlsx", FILE_MSG.text],
  ["an image renamed", () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), "not-xlsx", FILE_MSG.unknown],
  ["a Word document renamed", () => zipParts({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" }), "not-xlsx", /^不是 \.xlsx 工作簿：这是 Word 文档/],
  ["a zip of other files", () => zipParts({ "readme.txt": "hello" }), "not-xlsx", /^不是 \.xlsx 工作簿：这是一个 zip 压缩包，里面没有 Excel 工作簿/],
  ["a truncated workbook", async () => new Uint8Array(await fs.readFile(EXAMPLE)).slice(0, 20000), "corrupt", /^文件已损坏：压缩包不完整/],
  ["damaged compressed data", badChecksum, "corrupt", /^文件已损坏：压缩数据校验失败（xl\/worksheets\/sheet1\.xml）/],
  ["malformed sheet XML", () => sheetWith('<row r="1"><c r="A1"><v>1</v></row>'), "corrupt", /^文件已损坏：工作表“地区”.*格式错误：结束标签/],
  ["cells pointing into missing shared strings", () => sheetWith('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'), "corrupt", /没有共享字符串表/],
  ["a column beyond XFD", () => sheetWith('<row r="1"><c r="XFE1"><v>1</v></c></row>'), "corrupt", /单元格引用 XFE1 超出 Excel 的范围/],
  ["a row beyond 1048576", () => sheetWith('<row r="1048577"><c r="A1048577"><v>1</v></c></row>'), "corrupt", /超出 Excel 的范围/],
  ["a raw control character", () => sheetWith('<row r="1"><c r="A1" t="inlineStr"><is><t>a\u0001b</t></is></c></row>'), "corrupt", /控制字符 U\+0001/],
  ["a workbook without sheets", () => buildXlsx({ sheets: [] }), "no-sheets", FILE_MSG.noSheets],
];

/** No English sentence (two English words in a row) in a message meant for people. */
const NO_ENGLISH = /[A-Za-z]{2,}\s+[A-Za-z]{2,}/;

describe("openXlsx refuses unreadable files with a kind and a Chinese reason", () => {
  it.each(CASES)("%s", async (_what, bytes, kind, message) => {
    const error = await openXlsx(await bytes()).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(XlsxFileError);
    const fileError = error as XlsxFileError;
    expect(fileError.kind).toBe(kind);
    if (typeof message === "string") expect(fileError.message).toBe(message);
    else expect(fileError.message).toMatch(message);
    expect(fileError.message).toMatch(/请|确认/);
    expect(fileError.message).not.toMatch(NO_ENGLISH);
  });
});

describe("jsjb score on an unreadable file", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir("unreadable");
  });

  it.each(CASES)("%s: exit 2, `无法读取 FILE：reason`, nothing written", async (what, bytes) => {
    const input = path.join(dir, `${what.replace(/\W+/g, "-")}.xlsx`);
    const out = path.join(dir, `${what.replace(/\W+/g, "-")}.out.xlsx`);
    await fs.writeFile(input, await bytes());
    const run = await runCli("score", input, "--period", "2026-03", "--out", out);
    expect(run.code).toBe(2);
    expect(run.err[0]).toMatch(new RegExp(`^无法读取 ${input.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}：`));
    const text = [...run.out, ...run.err].join("\n");
    expect(text).not.toMatch(/\bat \S+ \(|Error|TypeError/);
    expect(text.replace(input, "")).not.toMatch(NO_ENGLISH);
    await expect(fs.stat(out)).rejects.toThrow();
  });
});
