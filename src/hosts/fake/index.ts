/** The fake Excel object model: state, proxies, globals. */
export { createFakeExcel, FakeExcel, EXCEL_WEB_PAYLOAD_LIMIT, type FakeContext, type FakeExcelOptions } from "./fake-excel";
export { FakeWorkbook, FakeSheet, workbookFromGrids, type FakeCell } from "./fake-workbook";
export { FakeExcelError } from "./fake-error";
export { installFakeOffice, fakeOfficeGlobals } from "./office-globals";
export { rectAddress, parseRect, type Rect } from "./cell-address";
export { fakeExcelEnv } from "./fake-env";
