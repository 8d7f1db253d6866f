// "CPI tháng 1 năm 2022 của thành phố tăng 0,25% so với tháng trước. … So với tháng trước, nhóm hàng ăn và dịch vụ ăn
// uống giảm 0,15%": a change against the month before is a month's change. When only the year dates it, the month is
// the one the report last named (of that year), not the whole year.
import type { PeriodMention } from './periods.ts';
import { firstAtOrAfter } from './sorted.ts';

const MONTH_PART = /^-M\d\d$/;

/** The last month of `year` named before `pos` (not as a base), as a period: `2022-M01`. */
export function reportMonthBefore(periods: readonly PeriodMention[], pos: number, year: number): string | undefined {
  for (let i = firstAtOrAfter(periods, pos, (p) => p.start) - 1; i >= 0; i--) {
    const p = periods[i]!;
    if (p.isBase || p.term || p.span || !MONTH_PART.test(p.part)) continue;
    return p.year === year ? `${year}${p.part}` : undefined;
  }
  return undefined;
}

// "So với tháng trước, giá xăng A95 bình quân giảm 4,2%, giá dầu diesel giảm 5,1%": a sentence that opens on the month
// before as its base (fronted-last-month-after-sum).
const FRONTED_LAST_MONTH = /^[\s"“(–-]*so (?:với )?tháng trước,/u;

/** The sentence from `sentenceStart` opens on "So với tháng trước," before `pos`. */
export function frontsLastMonth(lower: string, sentenceStart: number, pos: number): boolean {
  return FRONTED_LAST_MONTH.test(lower.slice(sentenceStart, Math.min(pos, sentenceStart + 24)));
}
