/** The Office host: the only code that touches `Excel.*`. */
export { createOfficeHost, type OfficeHostOptions } from "./office-host";
export { officeEnv, type ExcelEnv, type ExcelRun } from "./excel-env";
export type { ComputePhase, ComputeProgress, ComputeReport, WorkbookHost, WorkbookView } from "./workbook-host";
export type { HolidayFill, TemplateReport } from "./template-sheets";
export type { SaveParamsResult } from "./params-sheet";
