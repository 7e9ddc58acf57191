/** The scoring engine: pure, decimal, host-neutral. */
export * from "./types";
export { scorePeriod } from "./score-period";
export { parsePeriod, periodsOf, quarterOf, monthOf, previousPeriod, previousMonth } from "./period";
export { defaultParams, PARAM_SPECS, paramSpec } from "./params";
export { BASE_ITEMS, BODY_ITEMS, UNIT_ITEMS, itemGroup } from "./rubric-items";
export { ADJUSTMENTS } from "./adjustment-items";
export { LEDGER_CATALOGUE, ledgerItem, ALL_LEDGER_ITEM_NAMES } from "./ledger-catalogue";
export { NOT_PARTICIPATING_NOTE, LEDGER_ONLY_NOTE } from "./score-subject";
export { periodTrends, withTrends } from "./trends";
export { trendOf, hintsOf, monthTrendsOf, rankChangeText, hintText, NO_TREND } from "./trend-text";
export type { PeriodTrends, MonthTrends, PeriodComparison, Trend, TrendKind, PreviousScore, RateHint } from "./trend-text";
export { rateHint, subjectHints, scoredHints, smallestChange } from "./rate-hints";
