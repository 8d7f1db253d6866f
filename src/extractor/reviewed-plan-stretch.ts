// "UBND tỉnh trình báo cáo đánh giá kết quả thực hiện kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025 và phương
// hướng … 5 năm 2026 - 2030" then "Tổng thu ngân sách … 5 năm ước đạt 98.500 tỷ đồng, tăng bình quân 8,7%/năm": a plan's or
// programme's five years that the lead reviews are read as a term just run is: its yearly averages and five-year sums
// are that stretch's, not the year of the page.
import type { PeriodMention } from './periods.ts';

const REVIEWED_BEFORE = /(?<![\p{L}\p{M}])(?:tổng kết|sơ kết|đánh giá)(?!\p{L})(?!\p{M})[^.;:\n]{0,80}$/u;
const REACH = 100;

/** Whether `t`, a stretch named in the lead (before `leadEnd`) as "5 năm 2021 - 2025" or "giai đoạn 2021 - 2025", is what the
 * lead says is reviewed. */
export function isReviewedPlanStretch(lower: string, t: PeriodMention, leadEnd: number): boolean {
  return t.start < leadEnd && !t.isBase && (lower.startsWith('5 năm', t.start) || lower.startsWith('giai đoạn', t.start)) &&
    REVIEWED_BEFORE.test(lower.slice(Math.max(0, t.start - REACH), t.start));
}
