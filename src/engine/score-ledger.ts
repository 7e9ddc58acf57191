import type Decimal from "decimal.js";
import type { AdjustmentItem } from "./adjustment-items";
import { d, fmt, fmt2, min, round2, sum, ZERO } from "./decimal";
import { addHundredths, canonical, capAt, cappedProduct, decimalOf, fmt2Shared, hundredthsOf, hundredthsOfText, subtractHundredths } from "./shared-decimals";
import { fixed2OfHundredths } from "./hundredths";
import type { LedgerDeductionItem, RequiredLedgerItem } from "./rubric-items";
import type { AdjustmentResult, ItemResult, LedgerEntry, Level, Params } from "./types";

/** Highest first: a same-matter group counts at its highest level. */
const LEVEL_ORDER: readonly Level[] = ["国家级", "省级", "市级", "县级"];

/** Total 数量 of the approved rows of one 事项 (rows already filtered to one subject and month). */
export function quantityOf(entries: readonly LedgerEntry[], item: string): number {
  let n = 0;
  for (let i = 0; i < entries.length; i++) if (entries[i].item === item && !entries[i].rejected) n += entries[i].quantity;
  return n;
}

/** Whether the rows hold an approved one of the 事项 (a subject has one or two rows a month: a scan is quickest). */
function hasApproved(entries: readonly LedgerEntry[], item: string): boolean {
  for (let i = 0; i < entries.length; i++) if (entries[i].item === item && !entries[i].rejected) return true;
  return false;
}

const capNote = (raw: Decimal, cap: Decimal) => (raw.greaterThan(cap) ? `，以上限${fmt(cap)}分计` : "");
const overNote = (over: boolean, cap: string) => (over ? `，以上限${fmt(d(cap))}分计` : "");

/** Full points, nothing to explain: shared by every subject without a matching row (results are never mutated). */
const untouched = new WeakMap<LedgerDeductionItem | RequiredLedgerItem, ItemResult>();
function fullPoints(item: LedgerDeductionItem | RequiredLedgerItem): ItemResult {
  let r = untouched.get(item);
  if (!r) {
    const full = canonical(d(item.full));
    r = Object.freeze({ code: item.code, name: item.name, full, score: full, deduction: ZERO, noData: false, rate: null, explanation: null });
    untouched.set(item, r);
  }
  return r;
}

/**
 * A ledger deduction item's deduction, `min(cap, Σ count × points)`, and whether a part or the sum passed
 * the cap (the words say so). Each part is capped first: min(cap, Σ count × points) = min(cap, Σ min(cap,
 * count × points)) for counts ≥ 0, so each part stays small.
 */
export function ledgerDeduction(item: LedgerDeductionItem, entries: readonly LedgerEntry[]): { deduction: Decimal; over: boolean } {
  let over = false;
  let deduction: Decimal = ZERO;
  for (const rule of item.rules) {
    const part = cappedProduct(quantityOf(entries, rule.item), rule.points, item.cap);
    over ||= part.over;
    deduction = addHundredths(deduction, part.value);
  }
  const capped = capAt(deduction, item.cap);
  return { deduction: capped.value, over: over || capped.over };
}

/** A ledger deduction item (e.g. M3a 缺少岗位 2 each, cap 15): `min(cap, Σ count × points)`, with its words. */
export function scoreLedgerDeduction(item: LedgerDeductionItem, entries: readonly LedgerEntry[]): ItemResult {
  if (!entries.some((e) => !e.rejected && item.rules.some((r) => r.item === e.item))) return fullPoints(item);
  const { deduction, over } = ledgerDeduction(item, entries);
  const parts: string[] = [];
  for (const rule of item.rules) {
    const n = quantityOf(entries, rule.item);
    if (n > 0) parts.push(`${rule.item}${n}${rule.unit}，每${rule.unit}扣${rule.points}分`);
  }
  const full = decimalOf(hundredthsOfText(item.full)!);
  return {
    code: item.code, name: item.name, full, score: subtractHundredths(full, deduction), deduction,
    noData: false, rate: null,
    explanation: deduction.isZero() ? null : `${parts.join("；")}${overNote(over, item.cap)}，扣${fmt2Shared(deduction)}分`,
  };
}

/** M5b's deduction when the required 事项 is missing: the same words and points for every subject, made once. */
const requiredMissing = new WeakMap<RequiredLedgerItem, ItemResult>();
function missingRequired(item: RequiredLedgerItem): ItemResult {
  let r = requiredMissing.get(item);
  if (!r) {
    const full = canonical(d(item.full));
    const deduction = canonical(d(item.points));
    r = Object.freeze({
      code: item.code, name: item.name, full, score: canonical(full.minus(deduction)), deduction, noData: false, rate: null,
      explanation: `本月台账无“${item.item}”记录（每月至少推动治理1个同类问题），扣${fmt2(deduction)}分`,
    });
    requiredMissing.set(item, r);
  }
  return r;
}

/** M5b: deduct when the month has no approved row of the required 事项 (治理同类问题). */
export function scoreRequiredLedger(item: RequiredLedgerItem, entries: readonly LedgerEntry[]): ItemResult {
  return quantityOf(entries, item.item) === 0 ? missingRequired(item) : fullPoints(item);
}

/** A 同一事项 group of a leveled item: its rows count once, at their highest level. */
interface SameMatter {
  key: string;
  level: Level;
  rows: number;
}

/**
 * The matters of a leveled item by level (LEVEL_ORDER): rows with a 同一事项 key count once per key at
 * their highest level, other rows 数量 times; and the keyed groups, in the order they first appear.
 */
function matters(entries: readonly LedgerEntry[]): { perLevel: number[]; groups: SameMatter[] } {
  const perLevel = [0, 0, 0, 0];
  let groups: Map<string, SameMatter> | null = null;
  for (const e of entries) {
    if (e.level === null) continue;
    if (e.sameMatter === null) {
      perLevel[LEVEL_ORDER.indexOf(e.level)] += e.quantity;
      continue;
    }
    groups ??= new Map();
    const g = groups.get(e.sameMatter);
    if (!g) groups.set(e.sameMatter, { key: e.sameMatter, level: e.level, rows: 1 });
    else {
      g.rows += 1;
      if (LEVEL_ORDER.indexOf(e.level) < LEVEL_ORDER.indexOf(g.level)) g.level = e.level;
    }
  }
  if (groups === null) return { perLevel, groups: [] };
  for (const g of groups.values()) perLevel[LEVEL_ORDER.indexOf(g.level)] += 1;
  return { perLevel, groups: [...groups.values()] };
}

/** Σ matters × points of their level, in hundredths; null off the fast path. */
function leveledHundredths(item: Extract<AdjustmentItem, { rule: "leveled" }>, perLevel: readonly number[]): number | null {
  let total = 0;
  for (let l = 0; l < perLevel.length; l++) {
    if (perLevel[l] === 0) continue;
    const each = hundredthsOfText(item.byLevel[LEVEL_ORDER[l]] ?? "0");
    if (each === null) return null;
    total += perLevel[l] * each;
    if (!Number.isSafeInteger(total)) return null;
  }
  return total;
}

function scoreLeveled(
  item: Extract<AdjustmentItem, { rule: "leveled" }>, entries: readonly LedgerEntry[], verb: string, words: boolean,
): { points: Decimal; text: string | null } {
  const { perLevel, groups } = matters(entries);
  const raw = leveledHundredths(item, perLevel);
  const { value: points, over } = raw !== null
    ? capAt(decimalOf(raw), item.cap)
    : capAt(sum(LEVEL_ORDER.map((l, i) => d(perLevel[i]).times(item.byLevel[l] ?? "0"))), item.cap);
  if (!words) return { points, text: null };
  const byLevel = LEVEL_ORDER.flatMap((l, i) => (perLevel[i] > 0 ? [`${l}${perLevel[i]}件（每件${item.byLevel[l]}分）`] : []));
  const same = groups.filter((g) => g.rows > 1).map((g) => `同一事项“${g.key}”${g.rows}条记录按最高级别${g.level}计1件`);
  const text = `${item.item}${byLevel.join("、")}${same.length ? `；${same.join("；")}` : ""}${overNote(over, item.cap)}，${verb}${fmt2Shared(points)}分`;
  return { points, text };
}

type Criticism = Extract<AdjustmentItem, { rule: "criticism" }>;

function scoreCriticism(item: Criticism, entries: readonly LedgerEntry[], params: Params, words: boolean): { points: Decimal; text: string | null } {
  return criticismOfHundredths(item, entries, params, words) ?? decimalCriticism(item, entries, params);
}

/** 国家级 and 省级 counts of the item's approved rows. */
function criticismCounts(entries: readonly LedgerEntry[]): { national: number; provincial: number } {
  let national = 0;
  let provincial = 0;
  for (const e of entries) {
    if (e.level === "国家级") national += e.quantity;
    else if (e.level === "省级") provincial += e.quantity;
  }
  return { national, provincial };
}

/** The words of a criticism item, from its counts, points and caps. */
function criticismText(
  item: Criticism, counts: { national: number; provincial: number }, provincialOver: boolean, cap: Decimal | null, capOver: boolean, points: string,
): string {
  const parts: string[] = [];
  if (counts.national > 0) parts.push(`国家级${counts.national}件，每件扣${item.national}分`);
  if (counts.provincial > 0) {
    parts.push(`省级${counts.provincial}件，每件扣${item.provincial}分${provincialOver ? `，省级以上限${fmt(d(item.provincialCap))}分计` : ""}`);
  }
  const capText = cap !== null && capOver ? `，整项以上限${fmt(cap)}分计` : "";
  return `${item.item}：${parts.join("；")}${capText}，扣${points}分`;
}

/**
 * The criticism item (通报批评或重点督办) in decimal.js, the rule as written: 国家级 × national + min(省级 cap,
 * 省级 × provincial), the whole capped by 国家级通报批评上限 when set. The reference of criticismOfHundredths.
 */
export function decimalCriticism(item: Criticism, entries: readonly LedgerEntry[], params: Params): { points: Decimal; text: string } {
  const counts = criticismCounts(entries);
  const national = d(counts.national).times(item.national);
  const provincialRaw = d(counts.provincial).times(item.provincial);
  const provincialCap = d(item.provincialCap);
  const provincial = min(provincialCap, provincialRaw);
  const raw = national.plus(provincial);
  const cap = params.nationalCriticismCap;
  const points = cap === null ? raw : min(cap, raw);
  return { points, text: criticismText(item, counts, provincialRaw.greaterThan(provincialCap), cap, cap !== null && raw.greaterThan(cap), fmt2(points)) };
}

/** decimalCriticism in whole hundredths; null where a number is not whole hundredths or a product passes 2^53. */
function criticismOfHundredths(
  item: Criticism, entries: readonly LedgerEntry[], params: Params, words: boolean,
): { points: Decimal; text: string | null } | null {
  const counts = criticismCounts(entries);
  const each = hundredthsOfText(item.national);
  const provincialEach = hundredthsOfText(item.provincial);
  const provincialCap = hundredthsOfText(item.provincialCap);
  const cap = params.nationalCriticismCap === null ? null : hundredthsOf(params.nationalCriticismCap);
  if (each === null || provincialEach === null || provincialCap === null || (params.nationalCriticismCap !== null && cap === null)) return null;
  const national = counts.national * each;
  const provincialRaw = counts.provincial * provincialEach;
  const raw = national + Math.min(provincialCap, provincialRaw);
  if (!Number.isSafeInteger(national) || !Number.isSafeInteger(provincialRaw) || !Number.isSafeInteger(raw)) return null;
  const points = cap === null ? raw : Math.min(cap, raw);
  return {
    points: decimalOf(points),
    text: words
      ? criticismText(item, counts, provincialRaw > provincialCap, params.nationalCriticismCap, cap !== null && raw > cap, fixed2OfHundredths(points))
      : null,
  };
}

type Counted = Extract<AdjustmentItem, { rule: "each" | "blocks" | "beyondFirst" }>;

/** How many times a counted item's points count for Σ 数量 `n`: each one, each full block (D5), each beyond the first (D4). */
function countedTimes(item: Counted, n: number): number {
  if (item.rule === "blocks") return Math.floor(n / item.block);
  if (item.rule === "beyondFirst") return Math.max(0, n - 1);
  return n;
}

const isCounted = (item: AdjustmentItem): item is Counted => item.rule === "each" || item.rule === "blocks" || item.rule === "beyondFirst";

/**
 * A bonus or penalty item's points, and with `words` its 说明, over the item's approved rows (at least one).
 * @example 审核知识库 数量 250 → floor(250 / 100) × 0.5 = 1.00
 */
function adjustmentOutcome(
  item: AdjustmentItem, entries: readonly LedgerEntry[], params: Params, verb: "加" | "扣", words: boolean,
): { points: Decimal; text: string | null } {
  const n = entries.reduce((acc, e) => acc + e.quantity, 0);
  switch (item.rule) {
    case "each": {
      const { value: points, over } = cappedProduct(countedTimes(item, n), item.points, item.cap);
      const text = words ? `${item.item}${n}${item.unit}，每${item.unit}${verb}${item.points}分${overNote(over, item.cap)}，${verb}${fmt2Shared(points)}分` : null;
      return { points, text };
    }
    case "leveled":
      return scoreLeveled(item, entries, verb, words);
    case "criticism":
      return scoreCriticism(item, entries, params, words);
    case "blocks": {
      const blocks = countedTimes(item, n);
      const { value: points, over } = cappedProduct(blocks, item.points, item.cap);
      const text = words
        ? `${item.item}${n}条，每满${item.block}条${verb}${item.points}分，计${blocks}个${item.block}条${overNote(over, item.cap)}，${verb}${fmt2Shared(points)}分`
        : null;
      return { points, text };
    }
    case "beyondFirst": {
      const { value: points, over } = cappedProduct(countedTimes(item, n), item.points, item.cap);
      const text = words ? `${item.item}${n}类，除每月必需的1类外每多1类${verb}${item.points}分${overNote(over, item.cap)}，${verb}${fmt2Shared(points)}分` : null;
      return { points, text };
    }
    case "points": {
      const raw = sum(entries.map((e) => d(e.points ?? "0")));
      const points = round2(min(d(item.cap), raw));
      return { points, text: words ? `${item.item}${entries.length}项，分值合计${fmt(raw)}分${capNote(raw, d(item.cap))}，${verb}${fmt2Shared(points)}分` : null };
    }
  }
}

/** The approved rows of one 事项. */
const approvedOf = (entries: readonly LedgerEntry[], item: string): LedgerEntry[] => entries.filter((e) => e.item === item && !e.rejected);

/**
 * A bonus or penalty item that applies: its points now, its 说明 made when read (only the months' score
 * sheets read it; a province year has ~40,000 of these), by the same rule as the points.
 */
class Adjustment implements AdjustmentResult {
  readonly code: string;
  readonly name: string;

  constructor(
    private readonly item: AdjustmentItem,
    /** The subject's rows of the month, all of them: kept by the input anyway, filtered again when read. */
    private readonly allEntries: readonly LedgerEntry[],
    private readonly params: Params,
    private readonly verb: "加" | "扣",
    readonly points: Decimal,
  ) {
    this.code = item.code;
    this.name = item.item;
  }

  get explanation(): string {
    return adjustmentOutcome(this.item, approvedOf(this.allEntries, this.item.item), this.params, this.verb, true).text!;
  }
}

/**
 * The points of a bonus or penalty item over a subject's rows of the month (rejected ones included, not
 * counted); null when no approved row of its 事项 is there.
 */
export function adjustmentPoints(item: AdjustmentItem, allEntries: readonly LedgerEntry[], params: Params): Decimal | null {
  // A counted item needs only Σ 数量 of the approved rows (quantityOf), not the rows themselves.
  if (isCounted(item)) {
    return !hasApproved(allEntries, item.item) ? null : cappedProduct(countedTimes(item, quantityOf(allEntries, item.item)), item.points, item.cap).value;
  }
  const entries = approvedOf(allEntries, item.item);
  return entries.length === 0 ? null : adjustmentOutcome(item, entries, params, "加", false).points;
}

/**
 * One bonus or penalty item over the approved ledger rows of a subject and month; null when it does not apply.
 * A zero result (e.g. 审核知识库 with fewer than 100 entries) is still returned, so the row is explained.
 * @example 审核知识库 数量 250 → floor(250 / 100) × 0.5 = 1.00
 */
export function scoreAdjustment(
  item: AdjustmentItem, allEntries: readonly LedgerEntry[], params: Params, verb: "加" | "扣",
): AdjustmentResult | null {
  const points = adjustmentPoints(item, allEntries, params);
  return points === null ? null : new Adjustment(item, allEntries, params, verb, canonical(points));
}
