/** The fake Excel as the Office host's environment (the proxies stand in for office.js types). */
import type { ExcelEnv, ExcelRun } from "../office/excel-env";
import type { FakeExcel } from "./fake-excel";

/** An ExcelEnv whose `run` and `isSetSupported` are the fake's. */
export function fakeExcelEnv(fake: FakeExcel): ExcelEnv {
  return { run: fake.run as unknown as ExcelRun, isSetSupported: fake.isSetSupported };
}
