/**
 * The optional `工单明细` (ticket export) and `节假日` (calendar overrides) sheet contract: headers,
 * the platform's aliases, dropdown choices and widths, in the style of `../sheets.ts`, plus which
 * columns each derived count needs.
 */
import type { BodyCountField, UnitCountField } from "../../engine/types";
import { SHEET, type InputColumnSpec, type InputSheetSpec } from "../sheets";

export const TICKET_COLUMN_NAMES = [
  "工单编号",
  "紧急程度",
  "诉求类型",
  "受理机构",
  "承办单位",
  "生成时间",
  "派单时间",
  "签收时间",
  "签收方式",
  "退单时间",
  "办理时限",
  "延期次数",
  "延期时限",
  "办结时间",
  "红牌",
  "回访结果",
  "二次回访结果",
  "不合理诉求",
  "群体性事件",
] as const;
/** A 工单明细 column by its canonical header. */
export type TicketColumn = (typeof TICKET_COLUMN_NAMES)[number];

export interface TicketColumnSpec extends InputColumnSpec {
  header: TicketColumn;
  /** Other header texts the platform exports use for the same column. */
  aliases: readonly string[];
}

export const URGENCY_CHOICES = ["一般", "紧急"] as const;
export const DEMAND_TYPES = ["咨询", "求助", "投诉", "建议", "举报", "表扬", "其他"] as const;
/** 诉求类型 whose completed tickets are rated for satisfaction (满意度参评). */
export const RATED_DEMAND_TYPES: readonly string[] = ["咨询", "求助", "投诉"];
export const SIGN_MODES = ["人工", "自动"] as const;
export const EXTENSION_CHOICES = ["0", "1", "2"] as const;
export const YES_NO = ["是", "否"] as const;
export const CALLBACK_RESULTS = ["满意", "基本满意", "不满意", "未回复"] as const;

const column = (
  header: TicketColumn,
  width: number,
  aliases: readonly string[] = [],
  choices?: readonly string[],
  required = false,
): TicketColumnSpec => (choices ? { header, required, width, aliases, choices } : { header, required, width, aliases });

export const TICKET_COLUMNS: readonly TicketColumnSpec[] = [
  column("工单编号", 20, ["工单号", "受理编号"], undefined, true),
  column("紧急程度", 10, ["工单级别", "是否紧急"], URGENCY_CHOICES),
  column("诉求类型", 10, ["工单类型"], DEMAND_TYPES),
  column("受理机构", 30, ["管理机构"]),
  column("承办单位", 30, ["办理单位", "责任单位"], undefined, true),
  column("生成时间", 18, ["创建时间", "登记时间"]),
  column("派单时间", 18, ["转派时间", "交办时间"], undefined, true),
  column("签收时间", 18, ["接收时间"]),
  column("签收方式", 10, ["是否自动签收"], SIGN_MODES),
  column("退单时间", 18, ["回退时间", "退回时间"]),
  column("办理时限", 18, ["应办结时间", "办结时限"]),
  column("延期次数", 10, [], EXTENSION_CHOICES),
  column("延期时限", 18, ["延期后时限"]),
  column("办结时间", 18, ["答复时间"]),
  column("红牌", 8, ["红牌警告"], YES_NO),
  column("回访结果", 12, [], CALLBACK_RESULTS),
  column("二次回访结果", 14, [], CALLBACK_RESULTS),
  column("不合理诉求", 10, [], YES_NO),
  column("群体性事件", 10, [], YES_NO),
];

export const TICKET_SHEET_SPEC: InputSheetSpec = { name: SHEET.tickets, required: false, columns: TICKET_COLUMNS };

export const HOLIDAY_TYPES = ["休息日", "工作日"] as const;

export const HOLIDAY_SHEET_SPEC: InputSheetSpec = {
  name: SHEET.holidays,
  required: false,
  columns: [
    { header: "日期", required: true, width: 12 },
    { header: "类型", required: true, width: 10, choices: HOLIDAY_TYPES },
    { header: "说明", required: false, width: 24 },
  ],
};

/** The counts a ticket export can give (never 诉求总量 / 及时受理诉求量: call-centre figures). */
export const DERIVED_BODY_FIELDS = ["工单办理总量", "及时派发工单量"] as const satisfies readonly BodyCountField[];
export type DerivedField = (typeof DERIVED_BODY_FIELDS)[number] | UnitCountField;

/**
 * The 工单明细 columns each derived count needs (besides 工单编号, 承办单位, 派单时间). A count
 * whose columns are not all present is not derived.
 */
export const DERIVATION_COLUMNS: Readonly<Record<DerivedField, readonly TicketColumn[]>> = {
  工单办理总量: ["受理机构", "生成时间"],
  及时派发工单量: ["受理机构", "生成时间", "紧急程度"],
  转派工单总量: [],
  及时签收工单量: ["签收时间", "签收方式", "紧急程度"],
  工单退回总量: ["退单时间"],
  及时退回工单量: ["退单时间", "签收方式", "紧急程度"],
  办结工单总量: ["办结时间", "群体性事件"],
  按时办结工单量: ["办结时间", "群体性事件", "办理时限", "延期次数", "延期时限"],
  延期办结工单量: ["办结时间", "群体性事件", "延期次数"],
  办理工单总量: ["退单时间"],
  红牌警告工单量: ["退单时间", "红牌"],
  满意度参评工单量: ["办结时间", "群体性事件", "诉求类型"],
  满意工单量: ["办结时间", "群体性事件", "诉求类型", "回访结果", "二次回访结果", "不合理诉求"],
};
