/**
 * Why a file is not a workbook we can read, in Chinese sentences that say what to do. Used by
 * openXlsx; the CLI prints `无法读取 FILE：REASON`, the pane and the web page show the reason.
 */

/** Why a file is not a workbook we can read; `message` is Chinese, for people. */
export type XlsxFileErrorKind = "not-xlsx" | "corrupt" | "encrypted" | "no-sheets";

export class XlsxFileError extends Error {
  constructor(
    readonly kind: XlsxFileErrorKind,
    message: string,
  ) {
    super(message);
    this.name = "XlsxFileError";
  }
}

const SAVE_AS = "请在 Excel 或 WPS 中打开它，另存为“Excel 工作簿（.xlsx）”后再计算。";

export const FILE_MSG = {
  empty: "不是 .xlsx 工作簿：文件是空的（0 字节）。请确认选对了文件，或重新保存、下载一次。",
  oldXls: `不是 .xlsx 工作簿：这是旧版 Excel 97-2003 工作簿（.xls）。${SAVE_AS}`,
  text: `不是 .xlsx 工作簿：文件内容是文本（例如 .csv、.txt 或网页导出的表格），不是 Excel 工作簿。${SAVE_AS}`,
  unknown: `不是 .xlsx 工作簿：无法识别的文件格式。${SAVE_AS}`,
  zipNotWorkbook: (what: string) => `不是 .xlsx 工作簿：${what}。${SAVE_AS}`,
  encrypted: "文件已加密：工作簿设置了打开密码，本工具无法读取。请在 Excel 或 WPS 中打开，取消打开密码后另存为 .xlsx 再计算。",
  corrupt: (detail: string) => `文件已损坏：${detail}。请在 Excel 或 WPS 中打开（必要时让它修复），另存为 .xlsx 后再计算。`,
  noSheets: "工作簿中没有任何工作表。请确认选对了文件。",
} as const;

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** True when the bytes contain the UTF-16LE text (a stream name in a compound file's directory). */
function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  outer: for (let i = 0; i + text.length * 2 <= bytes.length; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let k = 1; k < text.length; k++) {
      if (bytes[i + 2 * k] !== text.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

/** Looks like text: no NUL byte and no other binary control byte in the first 4 KB. */
function looksLikeText(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) return false;
  }
  return true;
}

/**
 * The error for bytes that are not a zip archive at all: empty, a compound (OLE) file — an
 * encrypted workbook or an old .xls — text, or anything else.
 */
export function notZipError(bytes: Uint8Array): XlsxFileError {
  if (bytes.length === 0) return new XlsxFileError("not-xlsx", FILE_MSG.empty);
  if (startsWith(bytes, CFB_MAGIC)) {
    if (containsUtf16(bytes, "EncryptionInfo") || containsUtf16(bytes, "EncryptedPackage")) {
      return new XlsxFileError("encrypted", FILE_MSG.encrypted);
    }
    return new XlsxFileError("not-xlsx", FILE_MSG.oldXls);
  }
  if (looksLikeText(bytes)) return new XlsxFileError("not-xlsx", FILE_MSG.text);
  return new XlsxFileError("not-xlsx", FILE_MSG.unknown);
}

/** What a zip without a workbook part holds, for the message. */
export function zipNotWorkbookError(names: readonly string[]): XlsxFileError {
  const has = (prefix: string) => names.some((n) => n.startsWith(prefix));
  let what = "这是一个 zip 压缩包，里面没有 Excel 工作簿";
  if (has("word/")) what = "这是 Word 文档（.docx），不是 Excel 工作簿";
  else if (has("ppt/")) what = "这是 PowerPoint 演示文稿（.pptx），不是 Excel 工作簿";
  else if (names.includes("xl/workbook.bin")) what = "这是 Excel 二进制工作簿（.xlsb）";
  else if (names.includes("content.xml") && names.includes("mimetype")) what = "这是 OpenDocument 表格（.ods）";
  return new XlsxFileError("not-xlsx", FILE_MSG.zipNotWorkbook(what));
}
