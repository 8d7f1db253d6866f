import type { PeriodMention } from './periods.ts';

// "Đến giữa tháng 3/2024, nông dân trong tỉnh đã thu hoạch dứt điểm lúa vụ Đông Xuân 2023 - 2024": a month that opens a
// sentence naming a crop season, crop year or school year after it says when the season's work stood; the season is
// what the page's figures are of, so that month does not frame the page (season-harvest-month).
// (The words before "tháng": a bare "Tháng 3/2024, …" opens a monthly report, which its month frames.)
const MONTH_OPENING = /^(?:(?:tính )?(?:đến|tới|vào|sau|cuối|đầu|giữa|hết)(?: (?:đầu|giữa|cuối|hết))? )+$/u;
// How far after the month the season must be named: one sentence's opening clause or two.
const SEASON_REACH = 160;

/** Whether `month` (a month mention opening its sentence, whose head before it is `head`) is when a season named after it
 * in the same sentence stood. */
export function isSeasonHarvestMonth(month: PeriodMention, head: string, periods: readonly PeriodMention[], sentenceEnd: number): boolean {
  if (!month.part.startsWith('-M') || !MONTH_OPENING.test(head)) return false;
  const reach = Math.min(sentenceEnd, month.end + SEASON_REACH);
  return periods.some((q) => q.span !== undefined && !q.isBase && !q.term && q.start >= month.end && q.start < reach);
}
