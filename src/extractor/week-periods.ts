// Weeks in weekly reports ("Tuần qua (từ ngày 8 đến 13/9), giá lúa …", "trong tuần 32 (từ ngày 5 đến 11/8), toàn tỉnh
// ghi nhận 186 ca …"). FIGURES.md has no period id finer than a month, so a week is the month it falls in. In such a
// report "từ đầu năm (đến nay)" is the running total of the year, which no count of months names.
import { mention, type PeriodMention } from './periods.ts';
import { indexOfPhrase } from './vocabulary/rare-anchor.ts';

// "tuần qua", "tuần này", "tuần vừa qua", "tuần 32", or a bare "tuần" that "trong" opens ("Trong tuần, …"). A numbered
// week may name its year, as the health ministry's bulletins do ("trong tuần 43/2022", "tuần thứ 43 năm 2022").
const WEEK = /(?<![\p{L}\p{M}])tuần(?: (qua|này|vừa qua)| (?:thứ )?(\d{1,2})(?:(?:\/| năm )((?:19|20)\d\d))?(?!\d|[.,/]\d))?(?![\p{L}\p{M}\d])/gu;
// The dates a week runs between, in a bracket after it: "(từ ngày 5 đến 11/8)", "(từ 5/8 - 11/8/2024)".
const WEEK_DATES = /^ ?\((?:từ )?(?:ngày )?\d{1,2}(?:[/-]\d{1,2})?(?:[/-](?:19|20)\d\d)? ?(?:đến|-|–) ?(?:ngày )?\d{1,2}[/-](\d{1,2})(?:[/-]((?:19|20)\d\d))?\)/u;
// A numbered week opens its clause or follows "trong/riêng/của"; "mỗi tuần 3 buổi" is a rate, not a week of a report.
const NUMBERED_BEFORE = /(?:^|[\n.;:,(]\s*|(?<![\p{L}\p{M}])(?:trong|riêng|của|vào) )$/u;
const BARE_BEFORE = /(?<![\p{L}\p{M}])trong $/u;
const BARE_AFTER = /^\s*[,:]/u;
// "Riêng huyện Nhơn Trạch trong tuần có 38 ca": inside a sentence, before the verb of a tally; read only on a page that
// names its week elsewhere, and dated as that week (week-inside-sentence).
const TALLY_AFTER = /^ (?:có|ghi nhận|xảy ra|phát hiện|xử lý|bắt giữ|tiếp nhận)(?!\p{L})(?!\p{M})/u;
const SINCE_NEW_YEAR = /(?<![\p{L}\p{M}])(?:kể )?từ đầu năm(?! (?:nay |học )?(?:19|20)\d\d)(?! học)(?: (?:đến|tới) nay)?(?!\p{L})(?!\p{M})/gu;

/** The weeks a weekly report names, each as the month it falls in, and (only in such a report) its "từ đầu năm". */
function findWeekPeriods(lower: string, published?: string): PeriodMention[] {
  // Most articles name no week: a literal search (from its rare letter) spares the pattern's pass (its leading lookbehind tries every position).
  if (indexOfPhrase(lower, 'tuần') < 0) return [];
  const publishedYear = published ? Number(published.slice(0, 4)) : undefined;
  const publishedMonth = published ? Number(published.slice(5, 7)) : undefined;
  const out: PeriodMention[] = [];
  const inner: number[] = [];
  for (const m of lower.matchAll(WEEK)) {
    const start = m.index;
    const before = lower.slice(Math.max(0, start - 8), start);
    const dates = WEEK_DATES.exec(lower.slice(start + m[0].length, start + m[0].length + 40));
    let month: number | undefined;
    let year: number | undefined;
    if (dates) {
      month = Number(dates[1]);
      year = dates[2] ? Number(dates[2]) : undefined;
    } else if (m[2] !== undefined) {
      year = m[3] !== undefined ? Number(m[3]) : undefined;
      const weekYear = year ?? publishedYear;
      if (weekYear !== undefined) month = monthOfIsoWeek(weekYear, Number(m[2]));
    } else if (m[1] !== undefined || BARE_AFTER.test(lower.slice(start + 4, start + 8))) {
      month = publishedMonth;
    } else if (BARE_BEFORE.test(before) && TALLY_AFTER.test(lower.slice(start + 4, start + 24))) {
      inner.push(start);
      continue;
    }
    if (month === undefined || month < 1 || month > 12) continue;
    if (m[2] !== undefined && !NUMBERED_BEFORE.test(before)) continue;
    if (m[1] === undefined && m[2] === undefined && !BARE_BEFORE.test(before)) continue;
    const end = start + m[0].length + (dates ? dates[0].length : 0);
    out.push(mention({ start, end, year, part: `-M${String(month).padStart(2, '0')}`, isBase: false, local: true, week: true }));
  }
  if (out.length === 0) return out;
  const week = out[0]!;
  const inside = inner.map((start) => mention({ start, end: start + 4, year: week.year, part: week.part, isBase: false, local: true, week: true }));
  return [...out, ...inside, ...sinceNewYear(lower)].sort((a, b) => a.start - b.start);
}

/** "từ đầu năm (đến nay)" as the running total of the year: in a report framed by a week or a day, no count of months. */
export function sinceNewYear(lower: string): PeriodMention[] {
  return [...lower.matchAll(SINCE_NEW_YEAR)].map((m) => mention({ start: m.index, end: m.index + m[0].length, part: '', isBase: false, local: true, yearToDate: true }));
}

/** The month holding the Thursday of ISO week `n` of `year` (the week's own month by ISO 8601). */
function monthOfIsoWeek(year: number, n: number): number | undefined {
  if (n < 1 || n > 53) return undefined;
  const jan4 = Date.UTC(year, 0, 4);
  const weekday = (new Date(jan4).getUTCDay() + 6) % 7; // Monday 0
  const thursday = jan4 + ((n - 1) * 7 + 3 - weekday) * 86_400_000;
  const date = new Date(thursday);
  return date.getUTCFullYear() === year ? date.getUTCMonth() + 1 : undefined;
}

/** The period mentions with the weeks (and their "từ đầu năm") added, in text order; a mention inside a week's dates
 * is part of that week. */
export function withWeekPeriods(mentions: PeriodMention[], lower: string, published?: string): PeriodMention[] {
  const weeks = findWeekPeriods(lower, published);
  if (weeks.length === 0) return mentions;
  const kept = mentions.filter((p) => !weeks.some((w) => p.start >= w.start && p.start < w.end));
  return [...kept, ...weeks].sort((a, b) => a.start - b.start);
}
