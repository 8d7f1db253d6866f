// What the text itself says about the article: when it was published (from its dateline).
import { letterBefore } from './vocabulary/word-boundary.ts';

const FULL_DATE = /(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)(?!\d)/g;
// "Ngày 16/6", "sáng 3-9", after no letter, mark or digit: that is checked by hand (dayMonths), since a leading
// lookbehind would have V8 try the pattern at every position of the head (~10 µs on a page with no full date there).
const DAY_MONTH = /(?:ngày|sáng|chiều|tối|trưa|đêm|hôm) (?:ngày )?(\d{1,2})[/-](\d{1,2})(?![/\-.]?\d)/gu;
const ANY_YEAR = /(?<!\d)((?:19|20)\d\d)(?!\d)/;

/** The publication date as YYYY-MM-DD from the dateline near the top, else from "Ngày 16/6" and the year in the text. */
export function findPublished(lower: string): string | undefined {
  const head = lower.slice(0, 1500);
  FULL_DATE.lastIndex = 0;
  for (const m of head.matchAll(FULL_DATE)) {
    const date = isoDate(+m[3]!, +m[2]!, +m[1]!);
    if (date) return date;
  }
  for (const m of dayMonths(head)) {
    const year = ANY_YEAR.exec(lower.slice(m.index, m.index + 3000))?.[1] ?? ANY_YEAR.exec(lower)?.[1];
    if (!year) continue;
    const date = isoDate(+year, +m[2]!, +m[1]!);
    if (date) return date;
  }
  return undefined;
}

/** What `(?<![\p{L}\p{M}\d])` before DAY_MONTH would find: each match not after a letter, mark or digit (after one,
 *  the search goes on a character later, as the lookbehind's would). */
function* dayMonths(head: string): Generator<RegExpExecArray> {
  DAY_MONTH.lastIndex = 0;
  for (let m = DAY_MONTH.exec(head); m !== null; m = DAY_MONTH.exec(head)) {
    const before = head.charCodeAt(m.index - 1);
    if (letterBefore(head, m.index) || (before >= 48 && before <= 57)) DAY_MONTH.lastIndex = m.index + 1;
    else yield m;
  }
}

function isoDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
