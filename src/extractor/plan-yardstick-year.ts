// "đạt 61,6% kế hoạch năm 2022", "bằng 52,3% so với dự toán năm 2026": after a share of the plan, the year only says
// which plan the share is measured against. It dates no figure: a six-month report that measures its running totals
// against the year's plan is still about six months ("Doanh thu đạt 1.200 tỷ đồng, đạt 50,2% kế hoạch năm 2022" in a
// half-year report is the half year's).
import { PLAN_NOUNS } from './vocabulary/cues.ts';

const PLAN = PLAN_NOUNS.join('|');
// The share, an optional "so với"/"của", the plan noun and what may name it further ("đề ra", "giao", "cả"), then the
// year's "năm" at the window's end; on one line (a heading's "… đạt 71,3% kế hoạch" does not name the year of the line
// under it).
const SHARE_OF_PLAN_BEFORE = new RegExp(`(?<![\\p{L}\\p{M}])(?:đạt|bằng|được|vượt) (?:khoảng |gần |hơn |trên )?[\\d.,]+ ?% (?:so với |của )?(?:${PLAN})(?: (?:tỉnh giao|giao|đề ra|cả))? $`, 'u');

/** Whether the year at `start` ("năm 2022", after its plan noun) names the plan a share before it is measured against. */
export function isPlanYardstickYear(lower: string, start: number): boolean {
  const window = lower.slice(Math.max(0, start - 48), start);
  return window.includes('%') && SHARE_OF_PLAN_BEFORE.test(window);
}
