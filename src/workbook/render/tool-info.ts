/** Shown in 计算说明. Kept here (not read from package.json) because `src` is the CLI build's rootDir. */
export const TOOL_NAME = "接诉即办赋分（jsjb-scorer）";

/** Must equal package.json "version" (a test checks it). */
export const TOOL_VERSION = "0.1.0";
