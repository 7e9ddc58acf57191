/** What the pane says when an action fails: Excel's error code in Chinese, never a stack or English. */
import { excelErrorText, WriteIncompleteError } from "../hosts/office/excel-errors";
import { TEXT } from "./texts";

/** The notice of a failed compute: "nothing was changed" unless the failure came after the commit. */
export function computeFailureText(error: unknown): string {
  if (error instanceof WriteIncompleteError) return error.message;
  return TEXT.failed(excelErrorText(error));
}

/** The notice of another failed action (reading the workbook, inserting the template, saving). */
export function actionFailureText(error: unknown): string {
  return TEXT.actionFailed(excelErrorText(error));
}
