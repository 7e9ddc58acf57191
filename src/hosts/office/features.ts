/**
 * Features beyond the manifest's minimum (ExcelApi 1.7, Office 2019), detected at run time.
 * Everything else the host uses (ranges by index, frozen rows, conditional formats, chart series
 * axes, calculation suspension, workbook protection, DATE) is in 1.7 or earlier.
 */
export interface ExcelFeatures {
  /** Dropdown lists in 「插入模板」 (ExcelApi 1.8). */
  dataValidation: boolean;
  /** `suspendScreenUpdatingUntilNextSync` (ExcelApi 1.9). */
  suspendScreenUpdating: boolean;
  /** `worksheet.pageLayout`: paper, orientation, fit, print titles, header/footer (ExcelApi 1.9). */
  pageLayout: boolean;
  /** `range.copyFrom`, which lets a recompute rewrite an output sheet in place (ExcelApi 1.9). */
  copyFrom: boolean;
  /** `range.getMergedAreasOrNullObject`, to fill merged areas of input sheets (ExcelApi 1.13). */
  mergedAreas: boolean;
}

/** Asks the host which optional features it implements. */
export function detectFeatures(isSetSupported: (name: string, version: string) => boolean): ExcelFeatures {
  return {
    dataValidation: isSetSupported("ExcelApi", "1.8"),
    suspendScreenUpdating: isSetSupported("ExcelApi", "1.9"),
    pageLayout: isSetSupported("ExcelApi", "1.9"),
    copyFrom: isSetSupported("ExcelApi", "1.9"),
    mergedAreas: isSetSupported("ExcelApi", "1.13"),
  };
}
