/**
 * What people read when Excel refuses a request. Excel's `error.message` is localized and "not
 * intended for end-user consumption"; `error.code` is the stable part
 * (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling),
 * so each code the pane can meet gets a Chinese text that says what to do. An error that is not
 * Excel's and not ours (a bug) gets a general text, never a stack or a library's English.
 */

/** Texts per `OfficeExtension.ErrorCodes` / `Excel.ErrorCodes` value. */
export const EXCEL_ERROR_TEXT: Readonly<Record<string, string>> = {
  InvalidArgument: "Excel 拒绝了本工具提交的内容（参数无效）。请确认使用的是最新版本的加载项，然后重试；若仍出现，请把工作簿发给维护人员。",
  ItemNotFound: "要读取或写入的工作表在计算过程中不见了（可能被重命名或删除）。请点击「重新读取」后再计算。",
  ItemAlreadyExists: "要写入的工作表名称已被占用（可能是另一位用户同时在计算）。请稍候，点击「重新读取」后再计算。",
  InvalidOperation: "Excel 当前不允许这项操作（例如工作表被隐藏、正在编辑单元格或工作簿处于只读状态）。请按 Esc 结束单元格编辑、确认工作簿可以编辑后重试。",
  GeneralException: "Excel 处理请求时出错。请保存工作簿后重试；若仍出现，请关闭并重新打开工作簿。",
  RequestPayloadSizeLimitExceeded: "一次提交给 Excel 的数据过多（Excel 网页版单次上限 5 MB）。请重试；若仍出现，请改用桌面版 Excel 或命令行计算。",
  ResponsePayloadSizeLimitExceeded: "一次从 Excel 读取的数据过多（Excel 网页版单次上限 5 MB）。请删除输入表中多余的空行空列后重试，或改用桌面版 Excel 或命令行计算。",
  AccessDenied: "工作簿或工作表受保护，或您只有查看权限，无法写入结果。请在“审阅”选项卡中撤销工作簿保护和相关工作表的保护（或申请编辑权限）后重新计算。",
  Conflict: "另一位用户正在同时编辑或计算这个工作簿，本次写入与其冲突，未写入结果。请等对方完成后，点击「重新读取」再计算。",
  Unauthenticated: "登录状态已失效，Excel 拒绝了请求。请重新登录 Office 账户后重试。",
  ApiNotFound: "当前 Excel 版本不支持本工具需要的功能。请使用 Excel 2019 或更新版本、Microsoft 365 或 Excel 网页版。",
};

/** A refusal found before anything was written (protected workbook, another compute running). */
export class WriteBlockedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WriteBlockedError";
  }
}

/**
 * The rare failure after the commit that a retry did not mend: some output sheets may hold the new
 * results and others the old ones. Said as it is, never as "the workbook is unchanged".
 */
export class WriteIncompleteError extends Error {
  constructor(cause: unknown) {
    super(`结果已开始写入，但 Excel 在更新结果表时出错，部分结果表可能仍是上次的结果：${excelErrorText(cause)} 请重新计算一次。`);
    this.name = "WriteIncompleteError";
  }
}

/** Messages of the refusals checked before writing. */
export const BLOCKED_MSG = {
  workbookProtected: "工作簿结构受保护（审阅 › 保护工作簿），无法新增结果表。请撤销工作簿保护后重新计算；本次未写入任何内容。",
  sheetProtected: (name: string) => `结果表“${name}”受保护（审阅 › 保护工作表），无法更新。请撤销该表的保护后重新计算；本次未写入任何内容。`,
  busy: "另一位用户（或另一个窗口）正在向这个工作簿写入计算结果。请等对方完成后，点击「重新读取」再计算；本次未写入任何内容。",
};

const HAS_CHINESE = /[\u4e00-\u9fff]/;

/** The `code` of an Office.js error (`OfficeExtension.Error`), or null. */
export function excelErrorCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && code !== "" ? code : null;
}

/**
 * The Chinese text to show for an error thrown by a pane action.
 * @example excelErrorText({ code: "AccessDenied", message: "Access denied" }) // "工作簿或工作表受保护…"
 */
export function excelErrorText(error: unknown): string {
  if (error instanceof WriteBlockedError || error instanceof WriteIncompleteError) return error.message;
  const code = excelErrorCode(error);
  if (code !== null) return EXCEL_ERROR_TEXT[code] ?? `Excel 返回了错误（代码 ${code}）。请保存工作簿后重试；若仍出现，请把此代码告知维护人员。`;
  const message = error instanceof Error ? error.message : typeof error === "string" ? error : "";
  // Our own messages are Chinese; anything else is a library's or a bug's English.
  if (HAS_CHINESE.test(message)) return message;
  return "加载项内部出错，未能完成操作。请点击「重新读取」后重试；若仍出现，请把工作簿发给维护人员。";
}
