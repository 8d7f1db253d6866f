// "Từ ngày 1-7 đến nay, Công an phường phát hiện 12 vụ …" in a ward's 9-month report of 6 October 2025: a stretch from a
// month's first day to the page's present, as the wards formed on 1 July 2025 count what they did since. Its end is
// the last month closed by the page's date (a page of the first half of a month reports the month before), so it is
// the quarter, the second half or the months elapsed, as "từ ngày 1/7 đến 30/9" is (periods.ts).
import { mention, monthsElapsedPart, stretchPart, type PeriodMention } from './periods.ts';
import { indexOfPhrase } from './vocabulary/rare-anchor.ts';

const FROM_DAY_ONE_TO_NOW = /(?<![\p{L}\p{M}])từ (?:ngày )?0?1[/-](0?[1-9]|1[0-2])(?:[/-]((?:19|20)\d\d))?,? (?:đến|tới) nay(?!\p{L})(?!\p{M})/gu;
// A page of the first half of a month reports the month before as its present.
const MONTH_CLOSED_BY_DAY = 15;

/** The period mentions with each "từ ngày 1/M đến nay" added as the months it spans, in text order. */
export function withStretchToNow(mentions: PeriodMention[], lower: string, published?: string): PeriodMention[] {
  if (!published || published.length < 10 || (indexOfPhrase(lower, 'đến nay') < 0 && indexOfPhrase(lower, 'tới nay') < 0)) return mentions;
  const year = Number(published.slice(0, 4));
  const month = Number(published.slice(5, 7));
  const last = Number(published.slice(8, 10)) <= MONTH_CLOSED_BY_DAY ? month - 1 : month;
  const added: PeriodMention[] = [];
  for (const m of lower.matchAll(FROM_DAY_ONE_TO_NOW)) {
    const first = Number(m[1]);
    if ((m[2] !== undefined && Number(m[2]) !== year) || first > last) continue;
    const part = first === 1 ? monthsElapsedPart(last) : stretchPart(first, last);
    if (part === '' && (first !== 1 || last !== 12)) continue;
    added.push(mention({ start: m.index, end: m.index + m[0].length, year, part, isBase: false, local: true }));
  }
  if (added.length === 0) return mentions;
  const kept = mentions.filter((p) => !added.some((d) => p.start >= d.start && p.start < d.end));
  return [...kept, ...added].sort((a, b) => a.start - b.start);
}
