/**
 * Features beyond the manifest's minimum (ExcelApi 1.7, Office 2019), detected at run time.
 * Everything else the host uses (ranges by index, frozen rows, conditional formats, chart series
 * axes, calculation suspension) is in 1.7.
 */
export interface ExcelFeatures {
  /** Dropdown lists in 「插入模板」 (ExcelApi 1.8). */
  dataValidation: boolean;
  /** `suspendScreenUpdatingUntilNextSync` (ExcelApi 1.9). */
  suspendScreenUpdating: boolean;
}

/** Asks the host which optional features it implements. */
export function detectFeatures(isSetSupported: (name: string, version: string) => boolean): ExcelFeatures {
  return {
    dataValidation: isSetSupported("ExcelApi", "1.8"),
    suspendScreenUpdating: isSetSupported("ExcelApi", "1.9"),
  };
}
