/**
 * 台账 rows of the example beyond RUBRIC §8: together with §8 they use every 事项 of the
 * catalogue, every level, 同一事项, 分值 and one row whose 审核 is 不通过. The subject and month
 * of each row are drawn by the seeded generator; rows of one template share subject and month.
 */
import type { SubjectKind } from "../engine/types";

/** Which subjects a template may land on. */
export type Audience = "city" | "county" | "province" | "any";

export interface LedgerTemplateRow {
  item: string;
  level?: string;
  quantity?: number;
  sameMatter?: string;
  points?: number;
  review?: string;
  note: string;
}

export interface LedgerTemplate {
  kind: SubjectKind;
  audience: Audience;
  rows: readonly LedgerTemplateRow[];
}

const b = (audience: Audience, ...rows: LedgerTemplateRow[]): LedgerTemplate => ({ kind: "body", audience, rows });
const u = (audience: Audience, ...rows: LedgerTemplateRow[]): LedgerTemplate => ({ kind: "unit", audience, rows });

export const LEDGER_TEMPLATES: readonly LedgerTemplate[] = [
  b("county", { item: "缺少岗位", quantity: 2, note: "未设置回访、培训岗位" }),
  b("county", { item: "值班计划不合理", note: "值班计划未覆盖夜间来电高峰" }),
  b("county", { item: "未制定值班计划", note: "未制定本月值班计划表" }),
  b("city", { item: "缺少工作制度", note: "缺少舆情应对预案" }),
  b("county", { item: "缺少工作制度", quantity: 3, note: "缺少现场工作规范、信息安全管理、突发情况应急处置制度" }),
  b("city", { item: "未沟通导致事态升级", note: "群体性欠薪诉求未与承办单位沟通，事态升级" }),
  b("any", { item: "工单记录不准确被有效投诉", note: "工单记录诉求地址错误被有效投诉" }),
  b("any", { item: "群众表扬", quantity: 2, note: "收到群众锦旗2面" }),
  b("city", { item: "群众表扬", quantity: 3, review: "通过", note: "收到群众表扬信3封，已核实" }),
  b("county", { item: "群众表扬", quantity: 2, review: "不通过", note: "表扬材料无诉求人签名，审核不通过" }),
  b("city", { item: "通报表彰", level: "省级", note: "获省政务服务和数字化建设管理局通报表彰" }),
  b(
    "city",
    { item: "通报表彰", level: "市级", sameMatter: "春运保障", note: "春运热线保障获市政府通报表彰" },
    { item: "通报表彰", level: "省级", sameMatter: "春运保障", note: "同一事项获省交通运输厅通报表彰" },
  ),
  b("city", { item: "媒体报道", level: "国家级", note: "人民日报报道热线“一号响应”机制" }),
  b("county", { item: "媒体报道", level: "市级", quantity: 2, note: "两篇市级媒体报道" }),
  b("any", { item: "协调疑难诉求获满意", quantity: 2, note: "协调跨部门疑难诉求2件，诉求人满意" }),
  b(
    "city",
    { item: "审核知识库", quantity: 120, note: "审核知识库条目120条" },
    { item: "审核知识库", quantity: 85, note: "审核知识库条目85条" },
  ),
  b("county", { item: "长期投诉或媒体曝光", note: "小区供暖问题长期投诉" }),
  b("city", { item: "通报批评或重点督办", level: "国家级", note: "国务院督查发现热线转派不及时" }),
  u("city", { item: "未指定负责单位", note: "未指定本单位接诉即办负责科室" }),
  u("province", { item: "分管领导联络员未确定或变动未报备", note: "联络员调整未报备" }),
  u("county", { item: "分管领导联络员联系不上", quantity: 2, note: "两次联系联络员未果" }),
  u("any", { item: "未参会或未按时报送材料", quantity: 2, note: "未参加月度调度会，未按时报送整改材料" }),
  u("county", { item: "弄虚作假", note: "诱导诉求人作满意评价" }),
  u("city", { item: "未回复造成重复投诉", quantity: 3, note: "3件工单未回复造成重复投诉" }),
  u("any", { item: "群众表扬", quantity: 4, note: "收到群众表扬信4封" }),
  u("county", { item: "通报表彰", level: "县级", note: "获县委县政府通报表彰" }),
  u(
    "city",
    { item: "通报表彰", level: "市级", sameMatter: "防汛抢险", note: "防汛抢险获市政府通报表彰" },
    { item: "通报表彰", level: "国家级", sameMatter: "防汛抢险", note: "同一事项获国家防总通报表彰" },
  ),
  u("province", { item: "媒体报道", level: "省级", note: "吉林新闻联播报道" }),
  u("county", { item: "媒体报道", level: "县级", quantity: 2, note: "县融媒体中心报道2次" }),
  u("city", { item: "媒体报道", level: "国家级", note: "新华社报道积水点整治" }),
  u("city", { item: "专题任务", points: 1.5, note: "冬季清雪专题任务，审核赋1.5分" }),
  u("province", { item: "专题任务", points: 3, note: "根治欠薪专题任务完成突出，审核赋3分" }),
  u("any", { item: "知识库更新", quantity: 37, note: "更新知识库条目37条" }),
  u("county", { item: "长期投诉或媒体曝光", note: "道路破损被媒体曝光" }),
  u("city", { item: "通报批评或重点督办", level: "省级", note: "省级重点督办：供热温度不达标" }),
  u("county", { item: "通报批评或重点督办", level: "国家级", note: "国家级通报：拖欠农民工工资" }),
  u("any", { item: "督办意见不落实", quantity: 2, note: "2件督办意见未落实" }),
];
