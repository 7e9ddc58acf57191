import { ValueType, type Cell, type CellValue } from "exceljs";

/**
 * An exceljs cell value as a plain primitive for the sheet parsers: string, number, boolean,
 * Date or null. Rich text becomes its plain text, a hyperlink its shown text, a formula (shared
 * or not) its cached result, an error cell its text (`#N/A`). A formula without a cached result
 * becomes its own text (`=SUM(C2:C9)`), so the parser can say what it found instead of "blank".
 * @example normalizeCellValue({ richText: [{ text: "长春" }, { text: "市" }] }) // "长春市"
 */
export function normalizeCellValue(value: CellValue | undefined): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if (typeof value !== "object") return null;
  const v = value as unknown as Record<string, unknown>;
  if (Array.isArray(v.richText)) {
    return (v.richText as Array<{ text?: unknown }>).map((run) => (typeof run.text === "string" ? run.text : "")).join("");
  }
  if ("formula" in v || "sharedFormula" in v) {
    if (v.result !== undefined && v.result !== null) return normalizeCellValue(v.result as CellValue);
    const formula = typeof v.formula === "string" ? v.formula : typeof v.sharedFormula === "string" ? v.sharedFormula : "";
    return formula ? `=${formula}` : null;
  }
  if ("hyperlink" in v || "text" in v) return normalizeCellValue((v.text ?? null) as CellValue);
  if (typeof v.error === "string") return v.error;
  return null;
}

/**
 * The primitive value of a cell (see normalizeCellValue). A shared formula without a cached result
 * is shown translated to its own cell (`=C3*2`), not as its master's address.
 */
export function cellPrimitive(cell: Cell): unknown {
  if (cell.type === ValueType.Formula) {
    const result = cell.result as CellValue | undefined;
    if (result !== undefined && result !== null) return normalizeCellValue(result);
    return cell.formula ? `=${cell.formula}` : null;
  }
  return normalizeCellValue(cell.value);
}
