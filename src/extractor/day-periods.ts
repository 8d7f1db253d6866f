// A daily market page ("Giá cà phê hôm nay 14/10/2025: …", "Giá hồ tiêu hôm nay đi ngang") reports one day, which
// FIGURES.md has no period id for: the day is the month it falls in, and it frames the page as a weekly report's week
// does (week-periods.ts). Only a page that also measures against the day before ("so với hôm qua", "so với ngày hôm
// qua") is read as a daily report: elsewhere "hôm nay" is a speaker's word ("hôm nay chúng ta họp …"), not a date.
import { mention, type PeriodMention } from './periods.ts';
import { sinceNewYear } from './week-periods.ts';
import { indexOfPhrase } from './vocabulary/rare-anchor.ts';
import { findPriceDays } from './price-days.ts';
import { findLeadDay } from './lead-day.ts';

const TODAY = /(?<![\p{L}\p{M}])hôm nay(?!\p{L})(?!\p{M})/gu;
// The date a price headline writes after the word: "hôm nay 14/10/2025", "hôm nay (14-10)", "hôm nay ngày 14/10".
const DATE_AFTER = /^ ?(?:\(|ngày )?\d{1,2}[/-](\d{1,2})(?:[/-]((?:19|20)\d\d))?(?!\d)/u;
const AGAINST_YESTERDAY = /(?<![\p{L}\p{M}])so (?:với )?(?:ngày )?hôm qua(?!\p{L})(?!\p{M})/u;

/** The days ("hôm nay") of a daily report, each as the month it falls in; none when the page is no daily report. */
function findDayPeriods(lower: string, published?: string): PeriodMention[] {
  // Most articles say neither word: a literal search spares the patterns' passes.
  if (indexOfPhrase(lower, 'hôm qua') < 0 || indexOfPhrase(lower, 'hôm nay') < 0 || !AGAINST_YESTERDAY.test(lower)) return [];
  const publishedMonth = published ? Number(published.slice(5, 7)) : undefined;
  const out: PeriodMention[] = [];
  for (const m of lower.matchAll(TODAY)) {
    const end = m.index + m[0].length;
    const date = DATE_AFTER.exec(lower.slice(end, end + 20));
    const month = date ? Number(date[1]) : publishedMonth;
    if (month === undefined || month < 1 || month > 12) continue;
    const year = date?.[2] ? Number(date[2]) : undefined;
    out.push(mention({ start: m.index, end: end + (date ? date[0].length : 0), year, part: `-M${String(month).padStart(2, '0')}`, isBase: false, local: true, week: true }));
  }
  return out;
}

// "Từ đầu tháng 7 đến nay, giá heo hơi … liên tục giảm" in a page of July: a stretch that has not left the month of
// publication is that month, as a day is. (A month before publication opens a stretch that runs on to the present and
// dates nothing: periods.ts.)
const MONTH_SO_FAR = /(?<![\p{L}\p{M}])từ (?:đầu |giữa )?tháng (\d{1,2})(?:[/-]((?:19|20)\d\d))?,? (?:đến|tới) nay(?!\p{L})(?!\p{M})/gu;

/** "từ đầu tháng 7 đến nay" in a page published in July: that month, framing the page. */
function findMonthSoFar(lower: string, published?: string): PeriodMention[] {
  if (!published || (indexOfPhrase(lower, 'đến nay') < 0 && indexOfPhrase(lower, 'tới nay') < 0)) return [];
  const year = Number(published.slice(0, 4));
  const month = Number(published.slice(5, 7));
  const out: PeriodMention[] = [];
  for (const m of lower.matchAll(MONTH_SO_FAR)) {
    if (Number(m[1]) !== month || (m[2] !== undefined && Number(m[2]) !== year)) continue;
    out.push(mention({ start: m.index, end: m.index + m[0].length, year, part: `-M${String(month).padStart(2, '0')}`, isBase: false, local: true, week: true }));
  }
  return out;
}

// "Ngày 3/5/2025, toàn tỉnh đón 48.000 lượt khách", "Riêng ngày 2/5, các khu du lịch đón 35.000 lượt": a day opening its
// sentence over a tally of that day is the month it falls in, in that sentence only (day-opens-daily-tally). Not the
// day of an event or a statement ("Ngày 15/12, HĐND huyện khai mạc kỳ họp …", "Ngày 30/4, Sở … cho biết, …"): the
// figures after such a day are the ones the event or the speaker reviews.
// (Found from each "ngày " by a literal search and read there: a pattern opening on a sentence break would be tried at
// every character of every text.)
const DAY_DATE = /ngày (\d{1,2})[/-](\d{1,2})(?:[/-]((?:19|20)\d\d))?(?!\d),/y;
const OPENS_BEFORE = /(?:^|[.!?\n])\s*(?:riêng |trong )?$/u;
// ("Riêng ngày 1/5, lực lượng CSGT xử lý 428 trường hợp": what the police dealt with, seized or arrested that day too:
// day-of-police-tally.)
const TALLY_VERB = /(?<![\p{L}\p{M}])(?:đón|đón tiếp|tiếp đón|tiếp nhận|phục vụ|xảy ra|ghi nhận|bán ra|bán được|tiêu thụ|thu hút|lưu thông|qua lại|xử lý|xử phạt|bắt giữ|thu giữ|tạm giữ)(?!\p{L})(?!\p{M})/u;
const EVENT_OR_STATEMENT = /(?<![\p{L}\p{M}])(?:tổ chức|khai mạc|bế mạc|họp|cho biết|công bố|thông tin|thông báo|báo cáo|ban hành|thông qua|phát động|diễn ra|làm việc|kiểm tra|chủ trì|phát biểu|khánh thành|khởi công)(?!\p{L})(?!\p{M})/u;
const TALLY_REACH = 80;
const OPENER_REACH = 12;

// "Sáng 5/12, giá cà phê nhân xô … dao động 63.300 - 63.500 đồng/kg": a part of a day with its date opening a sentence
// that quotes a price dates it as "Ngày 5/12, …" does (price-quoted-on-a-day); so does "Ngày 5/12, giá …".
const PARTS_OF_DAY = ['sáng ', 'trưa ', 'chiều ', 'tối '];
const PART_OF_DAY_DATE = /(?:ngày )?(\d{1,2})[/-](\d{1,2})(?:[/-]((?:19|20)\d\d))?(?!\d),/y;
const PRICE_LEAD = /^\s*giá /u;

function findDayTallies(lower: string): PeriodMention[] {
  const out: PeriodMention[] = [];
  for (let at = indexOfPhrase(lower, 'ngày '); at >= 0; at = indexOfPhrase(lower, 'ngày ', at + 5)) {
    DAY_DATE.lastIndex = at;
    const m = DAY_DATE.exec(lower);
    if (m) dayTallyAt(lower, at, at, m, out);
  }
  for (const part of PARTS_OF_DAY) {
    // (Each searched from its rarest letter, as indexOfPhrase does: "t" and "c" open half the words of a page.)
    for (let at = indexOfPhrase(lower, part); at >= 0; at = indexOfPhrase(lower, part, at + part.length)) {
      PART_OF_DAY_DATE.lastIndex = at + part.length;
      const m = PART_OF_DAY_DATE.exec(lower);
      if (m) dayTallyAt(lower, at, at + part.length, m, out, true);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Adds the day at `at` (its date matched by `m` from `dateAt`) when it opens a sentence over that day's tally or price. */
function dayTallyAt(lower: string, at: number, dateAt: number, m: RegExpExecArray, out: PeriodMention[], priceOnly = false): void {
  const month = Number(m[2]);
  if (month < 1 || month > 12 || Number(m[1]) < 1 || Number(m[1]) > 31) return;
  const opener = OPENS_BEFORE.exec(lower.slice(Math.max(0, at - OPENER_REACH), at));
  if (!opener) return;
  const end = dateAt + m[0].length;
  const after = lower.slice(end, end + TALLY_REACH);
  const stop = after.search(/[.;:\n]|\d/u);
  const lead = stop < 0 ? after : after.slice(0, stop);
  if (!PRICE_LEAD.test(lead) && (priceOnly || !TALLY_VERB.test(lead) || EVENT_OR_STATEMENT.test(lead))) return;
  // The mention spans "Riêng ngày 2/5" / "Trong ngày 2/5" with its opening word.
  const word = /(?:riêng|trong) $/u.exec(opener[0]);
  out.push(mention({ start: at - (word ? word[0].length : 0), end: end - 1, year: m[3] ? Number(m[3]) : undefined,
    part: `-M${String(month).padStart(2, '0')}`, isBase: false, local: true, dayTally: true }));
}

// "Giá lúa tươi thu mua tại ruộng (ngày 13/7):" over "- OM 18: 6.900 - 7.100 đồng/kg;": a list heading that closes
// on the day its items were taken dates them by that day's month (list-heading-day).
const HEADING_DAY = /\((?:ngày )?(\d{1,2})[/-](\d{1,2})(?:[/-]((?:19|20)\d\d))?\)$/u;

function findHeadingDays(lower: string): PeriodMention[] {
  const out: PeriodMention[] = [];
  for (let at = lower.indexOf('):'); at >= 0; at = lower.indexOf('):', at + 2)) {
    if (!/^[ \t]*(?:\n|$)/u.test(lower.slice(at + 2, at + 6))) continue;
    const from = Math.max(0, at - 20);
    const m = HEADING_DAY.exec(lower.slice(from, at + 1));
    if (!m) continue;
    const month = Number(m[2]);
    if (month < 1 || month > 12 || Number(m[1]) < 1 || Number(m[1]) > 31) continue;
    out.push(mention({ start: from + m.index, end: at + 1, year: m[3] ? Number(m[3]) : undefined,
      part: `-M${String(month).padStart(2, '0')}`, isBase: false, local: true, dayTally: true }));
  }
  return out;
}

/** The period mentions with a daily report's days added, in text order; a mention inside a day's date is part of it. */
export function withDayPeriods(mentions: PeriodMention[], lower: string, published?: string): PeriodMention[] {
  const tallies = [...findDayTallies(lower), ...findHeadingDays(lower), ...findPriceDays(lower, published)].sort((a, b) => a.start - b.start);
  let days = [...findDayPeriods(lower, published), ...findMonthSoFar(lower, published)];
  if (days.length === 0) days = findLeadDay(lower, published);
  if (days.length === 0) return tallies.length === 0 ? mentions : replaceInside(mentions, tallies);
  // Such a report's "từ đầu năm (đến nay)" is the year's running total, as in a weekly one.
  const added = mentions.some((p) => p.yearToDate) ? days : [...days, ...sinceNewYear(lower)];
  return replaceInside(mentions, [...added, ...tallies]);
}

function replaceInside(mentions: PeriodMention[], added: PeriodMention[]): PeriodMention[] {
  const kept = mentions.filter((p) => !added.some((d) => p.start >= d.start && p.start < d.end));
  return [...kept, ...added].sort((a, b) => a.start - b.start);
}
