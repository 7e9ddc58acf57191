import { fmt2 } from "../../engine/decimal";
import { rankChangeText } from "../../engine/trend-text";
import type { PeriodResult, ScoringInput } from "../../engine/types";
import { draftGroups, type DraftGroup, type DraftRegion } from "./draft-regions";
import { workbookTotals, type DraftTotals, type PooledRate } from "./draft-totals";
import type { BulletinDraft, DraftGroupTable, DraftParagraph, DraftRankingRow } from "./draft-types";
import { chineseNumber, nameList, periodWords, type PeriodWords } from "./draft-words";
import { missingParagraphs } from "./draft-missing";

export type { BulletinDraft, DraftGroupTable, DraftParagraph, DraftRankingRow } from "./draft-types";

const POLICY = "《吉林省接诉即办“月通报、季排名、年考核”工作制度（试行）》";

const heading = (text: string): DraftParagraph => ({ kind: "heading", text });
const body = (text: string): DraftParagraph => ({ kind: "body", text });

function title(result: PeriodResult, w: PeriodWords): string {
  if (result.period.kind === "month") return `关于${w.name}接诉即办工作情况的通报`;
  if (result.period.kind === "quarter") return `关于${w.name}接诉即办工作得分排名情况的通报`;
  return `关于${w.name}接诉即办工作考核得分情况的通报`;
}

function intro(result: PeriodResult, w: PeriodWords): string {
  const what = result.period.kind === "month" ? "受理、派单、办理等工作情况" : result.period.kind === "quarter"
    ? "改革工作得分情况" : "改革工作考核得分情况";
  return `根据${POLICY}，现将${w.name}各地接诉即办${what}通报如下。`;
}

/** `及时受理9300件，接通率93.00%`; a rate without a denominator is `无数据`. */
function rateText(rate: PooledRate, numeratorWords: string, rateName: string): string {
  const percent = rate.percent === null ? "无数据" : `${fmt2(rate.percent)}%`;
  return `${numeratorWords}${rate.numerator}件，${rateName}${percent}`;
}

/** `2026年度（1月、2月、3月有数据）` when some months of a quarter or year have no data; else the name. */
function periodWithData(result: PeriodResult, w: PeriodWords): string {
  const withData = result.months.map((m) => m.month).sort();
  if (result.period.kind === "month" || withData.length === result.period.months.length) return w.name;
  return `${w.name}（${withData.map((m) => `${Number(m.slice(5))}月`).join("、")}有数据）`;
}

function totalsParagraphs(t: DraftTotals, w: PeriodWords, when: string): DraftParagraph[] {
  const r = t.rates;
  const bodies =
    `${when}，各地接诉即办管理机构${w.total}受理诉求${r.接通率.denominator}件，${rateText(r.接通率, "及时受理", "接通率")}；` +
    `工单办理总量${r.及时派单率.denominator}件，${rateText(r.及时派单率, "及时派发", "及时派单率")}。`;
  const units =
    `各地承办单位${w.total}接收转派工单${r.及时签收率.denominator}件，${rateText(r.及时签收率, "及时签收", "及时签收率")}；` +
    `退回工单${r.及时退回率.denominator}件，${rateText(r.及时退回率, "及时退回", "及时退回率")}；` +
    `办结工单${r.按时办结率.denominator}件，${rateText(r.按时办结率, "按时办结", "按时办结率")}；` +
    `满意度参评工单${r.满意率.denominator}件，${rateText(r.满意率, "满意", "满意率")}；` +
    `红牌警告工单${t.红牌警告工单量}件。`;
  return [body(bodies + units)];
}

/** `，较上月上升2位` / `，较上月下降1位` / `，与上月持平` / `，上月未排名` / `，上月无得分`; "" without a previous period. */
function changePhrase(r: DraftRegion, w: PeriodWords, hasPrevious: boolean): string {
  if (!hasPrevious) return "";
  const { previous, rankChange } = r.trend;
  if (previous === null) return `，${w.previous}无得分`;
  if (rankChange === null) return `，${w.previous}未排名`;
  if (rankChange > 0) return `，较${w.previous}上升${rankChange}位`;
  if (rankChange < 0) return `，较${w.previous}下降${-rankChange}位`;
  return `，与${w.previous}持平`;
}

/** `长春市（93.27分，第1名，较上月上升2位）`. */
function regionItem(r: DraftRegion, w: PeriodWords, hasPrevious: boolean): string {
  return `${r.name}（${fmt2(r.score!)}分，第${r.rank}名${changePhrase(r, w, hasPrevious)}）`;
}

/** How many regions a group lists at its top and its bottom; a group of up to twice that is listed whole. */
const SHOWN = 3;

function groupRankingText(g: DraftGroup, index: number, w: PeriodWords, hasPrevious: boolean): string {
  const ranked = g.regions.filter((r) => r.rank !== null);
  const unranked = g.regions.filter((r) => r.rank === null);
  const item = (r: DraftRegion) => regionItem(r, w, hasPrevious);
  let text = `（${chineseNumber(index + 1)}）${g.group}。`;
  if (ranked.length === 0) text += "本组无地区参与排名。";
  else if (ranked.length <= 2 * SHOWN) {
    text += `${ranked.length}个地区参与排名，${w.score}由高到低依次为：${ranked.map(item).join("、")}。`;
  } else {
    text += `${ranked.length}个地区参与排名。${w.score}排名前三位的是：${ranked.slice(0, SHOWN).map(item).join("、")}；`;
    text += `排名后三位的是：${ranked.slice(-SHOWN).map(item).join("、")}。`;
  }
  if (unranked.length > 0) {
    text += `另有${unranked.length}个地区因缺少管理机构得分或参与工单办理的承办单位，未计算${w.score}（${nameList(unranked.map((r) => r.name))}）。`;
  }
  return text;
}

/** The regions with the largest rank change in one direction (all of them when tied). */
function extremes(regions: readonly DraftRegion[], sign: 1 | -1): DraftRegion[] {
  const moved = regions.filter((r) => r.trend.rankChange !== null && Math.sign(r.trend.rankChange) === sign);
  if (moved.length === 0) return [];
  const best = Math.max(...moved.map((r) => sign * r.trend.rankChange!));
  return moved.filter((r) => sign * r.trend.rankChange! === best);
}

/** `长春市（由第5名升至第2名，上升3位）`. */
function moveItem(r: DraftRegion): string {
  const change = r.trend.rankChange!;
  const from = r.trend.previous!.rank!;
  return change > 0
    ? `${r.name}（由第${from}名升至第${r.rank}名，上升${change}位）`
    : `${r.name}（由第${from}名降至第${r.rank}名，下降${-change}位）`;
}

function groupChangeText(g: DraftGroup, index: number, w: PeriodWords): string {
  const lead = `（${chineseNumber(index + 1)}）${g.group}。`;
  if (!g.regions.some((r) => r.trend.rankChange !== null)) return `${lead}本组无可与${w.previous}比较的名次。`;
  const rises = extremes(g.regions, 1);
  const falls = extremes(g.regions, -1);
  const steady = g.regions.filter((r) => r.trend.rankChange === 0).length;
  const rise = rises.length ? `名次上升最多的是${rises.map(moveItem).join("、")}` : "无名次上升的地区";
  const fall = falls.length ? `名次下降最多的是${falls.map(moveItem).join("、")}` : "无名次下降的地区";
  return `${lead}与${w.previous}相比，${rise}；${fall}；名次不变的地区${steady}个。`;
}

function changeParagraphs(groups: readonly DraftGroup[], result: PeriodResult, w: PeriodWords): DraftParagraph[] {
  const trends = result.trends;
  if (!trends || !trends.hasPrevious) {
    const label = trends ? `（${periodWords({ ...result.period, label: trends.previousLabel }).name}）` : "";
    return [body(`${w.previous}${label}无数据，不作名次比较。`)];
  }
  return groups.map((g, i) => body(groupChangeText(g, i, w)));
}

function rankingRow(r: DraftRegion): DraftRankingRow {
  const previous = r.trend.previous;
  return [
    r.rank === null ? "" : String(r.rank),
    r.name,
    r.score === null ? "" : fmt2(r.score),
    previous === null ? "" : fmt2(previous.score),
    previous === null || previous.rank === null ? "" : String(previous.rank),
    rankChangeText(r.trend.rankChange) ?? "",
  ];
}

function groupTables(groups: readonly DraftGroup[], w: PeriodWords): DraftGroupTable[] {
  return groups.map((g, i) => ({
    group: g.group,
    caption: `附表${i + 1}  ${g.group}${w.score}排名（${w.name}）`,
    columns: ["名次", "地区", w.score, "上期得分", "上期名次", "名次变化"],
    rows: g.regions.map(rankingRow),
  }));
}

/**
 * The bulletin draft of a computed period (WORKBOOK.md): the workbook's totals and pooled rates, the first
 * and last three regions of every 排名分组 with scores and rank changes, the largest rises and falls, and
 * the bodies, units and regions without data or not taking part; plus each group's ranking table.
 * Pure: the same text for the sheet, the Word document and the web page.
 * @example bulletinDraft(input, result).title // "关于2026年3月接诉即办工作情况的通报"
 */
export function bulletinDraft(input: ScoringInput, result: PeriodResult): BulletinDraft {
  const w = periodWords(result.period);
  const groups = draftGroups(result);
  const hasPrevious = result.trends?.hasPrevious ?? false;
  const totals = workbookTotals(input, result.months.map((m) => m.month));
  const paragraphs: DraftParagraph[] = [
    body(intro(result, w)),
    heading("一、总体情况"),
    ...totalsParagraphs(totals, w, periodWithData(result, w)),
    heading(`二、各地区${w.score}排名情况`),
    ...(groups.length === 0 ? [body("本期无地区得分。")] : groups.map((g, i) => body(groupRankingText(g, i, w, hasPrevious)))),
    heading("三、名次变化情况"),
    ...changeParagraphs(groups, result, w),
    heading("四、无数据和未参与排名情况"),
    ...missingParagraphs(input, result, groups, w),
    body("请各地各部门对照通报情况，认真查找问题短板，抓好整改落实，持续提升接诉即办工作质效。"),
  ];
  return { period: result.period.label, title: title(result, w), paragraphs, tables: groupTables(groups, w) };
}
