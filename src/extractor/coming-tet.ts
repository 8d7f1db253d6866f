// "mức thưởng Tết Nguyên đán Giáp Thìn 2024 bình quân …" on a page of 28/12/2023: the page is about the coming Tết, and
// the bonuses, gifts and coaches it reports are that year's. Such a year is the page's season, not a horizon ahead
// (periods.ts makes a PeriodMention with `comingTet` of each found here). A Tết of the page's own year dates nothing the
// page's year does not, so only pages of the last months of a year are read, and the text is searched only then.

import { TET_OF_YEAR } from './vocabulary/holidays.ts';
import { isLetterCode } from './vocabulary/letters.ts';
import { indexOfPhrase } from './vocabulary/rare-anchor.ts';

// Tết falls in late January or February: from November on, a page speaks of the coming one.
const FROM_MONTH = 11;
const TET = new RegExp(`${TET_OF_YEAR}((?:19|20)\\d\\d)(?![\\d/-])`, 'uy');

export function comingTetMentions(lower: string, publishedYear: number | undefined, publishedMonth: number | undefined,
  isBase: (start: number) => boolean): Array<{ start: number; end: number; year: number }> {
  if (publishedYear === undefined || publishedMonth === undefined || publishedMonth < FROM_MONTH) return [];
  const out: Array<{ start: number; end: number; year: number }> = [];
  // (From its rare letter: a search for "tết " stops at every "t" of the text.)
  for (let at = indexOfPhrase(lower, 'tết '); at >= 0; at = indexOfPhrase(lower, 'tết ', at + 4)) {
    if (isLetterCode(lower.charCodeAt(at - 1))) continue;
    TET.lastIndex = at;
    const m = TET.exec(lower);
    if (m === null || Number(m[1]) !== publishedYear + 1 || isBase(at)) continue;
    out.push({ start: at, end: at + m[0].length, year: publishedYear + 1 });
  }
  return out;
}
