/**
 * What the page says about a file it cannot read: the reader's own Chinese message (XlsxFileError
 * from openXlsx), and what to do for the kinds of files people pick by mistake.
 */
import { WEB_TEXT } from "./web-texts";

const extensionOf = (name: string) => (/\.([^.]+)$/.exec(name)?.[1] ?? "").toLowerCase();

/** The empty file is refused before reading; null when the file is worth reading. */
export function emptyFileMessage(name: string, size: number): string | null {
  return size === 0 ? WEB_TEXT.emptyFile(name) : null;
}

/** The message for a file the reader refused: its reason, then what to do given the file's extension. */
export function unreadableMessage(name: string, reason: string): string {
  const ext = extensionOf(name);
  const hint = ext === "xls" || ext === "et" ? WEB_TEXT.xlsHint : ext === "csv" || ext === "txt" ? WEB_TEXT.csvHint : WEB_TEXT.otherHint;
  return `${WEB_TEXT.unreadable(name, reason.replace(/[。.]$/, ""))}。${hint}`;
}
