/**
 * The input sheet contract of WORKBOOK.md: sheet names, header texts, which columns are required,
 * widths and dropdown lists (used by the parsers and by 「插入模板」).
 */
import { ALL_LEDGER_ITEM_NAMES } from "../engine/ledger-catalogue";
import { BODY_COUNT_FIELDS, UNIT_COUNT_FIELDS } from "../engine/types";

export interface InputColumnSpec {
  header: string;
  required: boolean;
  width: number;
  /** Dropdown choices for data validation in the template. */
  choices?: readonly string[];
}

export interface InputSheetSpec {
  name: string;
  /** A workbook without this sheet is an error (others are optional). */
  required: boolean;
  columns: readonly InputColumnSpec[];
}

const col = (header: string, width: number, required = true, choices?: readonly string[]): InputColumnSpec =>
  choices ? { header, required, width, choices } : { header, required, width };

export const SHEET = {
  regions: "地区",
  subjects: "单位",
  bodyStats: "受理统计",
  unitStats: "办理统计",
  ledger: "台账",
  params: "参数",
  tickets: "工单明细",
  holidays: "节假日",
} as const;

export const SUBJECT_TYPES = ["管理机构", "承办单位"] as const;
export const LEDGER_LEVELS = ["国家级", "省级", "市级", "县级"] as const;
export const REVIEW_VALUES = ["通过", "不通过"] as const;

export const INPUT_SHEETS: readonly InputSheetSpec[] = [
  {
    name: SHEET.regions,
    required: true,
    columns: [col("地区", 16), col("上级地区", 16, false), col("排名分组", 12, false)],
  },
  {
    name: SHEET.subjects,
    required: true,
    columns: [
      col("单位", 30),
      col("类型", 12, true, SUBJECT_TYPES),
      col("所属地区", 16, false),
      col("排名分组", 12, false),
    ],
  },
  {
    name: SHEET.bodyStats,
    required: false,
    columns: [col("月份", 10), col("单位", 30), ...BODY_COUNT_FIELDS.map((f) => col(f, 14))],
  },
  {
    name: SHEET.unitStats,
    required: false,
    columns: [col("月份", 10), col("单位", 30), ...UNIT_COUNT_FIELDS.map((f) => col(f, 14))],
  },
  {
    name: SHEET.ledger,
    required: false,
    columns: [
      col("月份", 10),
      col("单位", 30),
      col("事项", 28, true, ALL_LEDGER_ITEM_NAMES),
      col("级别", 10, false, LEDGER_LEVELS),
      col("数量", 8, false),
      col("同一事项", 14, false),
      col("分值", 8, false),
      col("审核", 10, false, REVIEW_VALUES),
      col("说明", 40, false),
    ],
  },
  {
    name: SHEET.params,
    required: false,
    columns: [col("参数", 20), col("值", 14)],
  },
];

export function inputSheetSpec(name: string): InputSheetSpec | undefined {
  return INPUT_SHEETS.find((s) => s.name === name);
}

const INPUT_SHEET_NAMES: ReadonlySet<string> = new Set(Object.values(SHEET));

/** True for the name of a sheet the tool reads (WORKBOOK.md), compared after trimming spaces. */
export function isInputSheetName(name: string): boolean {
  return INPUT_SHEET_NAMES.has(name.trim());
}
