/** The lines the pane shows after 「插入模板」: what was added, what the 节假日 sheet holds, what was kept. */
import type { TemplateReport } from "../hosts/office/template-sheets";
import { TEXT } from "./texts";

/**
 * The result notice of 「插入模板」, one line per fact.
 * @example templateNotes({ created: ["节假日"], kept: ["地区"], holidays: { years: [2026], days: 40, unknownYears: [] } })
 * // ["已新建：节假日", "节假日表已填入 2026 年的法定节假日与调休上班日，共 40 天", "已存在、未改动：地区"]
 */
export function templateNotes(report: TemplateReport): string[] {
  const notes = [report.created.length > 0 ? TEXT.templateCreated(report.created) : TEXT.templateNothingNew];
  const h = report.holidays;
  if (h) {
    const known = h.years.filter((y) => !h.unknownYears.includes(y));
    if (known.length > 0) notes.push(TEXT.templateHolidays(known, h.days));
    if (h.unknownYears.length > 0) notes.push(TEXT.templateUnknownYears(h.unknownYears));
  }
  if (report.kept.length > 0) notes.push(TEXT.templateKept(report.kept));
  return notes;
}
