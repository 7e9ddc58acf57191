/** Names of the files the page saves, after the chosen workbook's name (as the command line's demo names them). */

/** `吉林.xlsx` → `吉林` (any extension dropped; a name without one is kept). */
export function baseName(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot > 0 ? fileName.slice(0, dot) : fileName;
}

/** `NAME.xlsx` → `NAME.scored.xlsx`. */
export const scoredName = (fileName: string) => `${baseName(fileName)}.scored.xlsx`;

/** `NAME.xlsx` → `NAME.result.json`. */
export const jsonName = (fileName: string) => `${baseName(fileName)}.result.json`;

/** `NAME.xlsx` → `NAME.通报稿.docx`. */
export const bulletinName = (fileName: string) => `${baseName(fileName)}.通报稿.docx`;
