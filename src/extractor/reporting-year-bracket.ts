// "năm 2022 (từ ngày 15/12/2021 đến ngày 14/11/2022), tội phạm về trật tự xã hội xảy ra 486 vụ": a police or court
// year that opens in the December before and closes before the next one is still the year the text names; the bracket
// says how that year is counted, not the eleven months a cut-off would sum. A bracketed stretch opening in the year it
// closes ("(từ ngày 1/3 đến ngày 30/9/2022)") keeps its own reading.
import type { PeriodMention } from './periods.ts';
import { indexOfPhrase } from './vocabulary/rare-anchor.ts';

// Between the year and the stretch's closing date: " (từ ngày 15/12/2021 ".
const OPENS_YEAR_BEFORE = /^ \(từ (?:ngày )?\d{1,2}[/-]\d{1,2}[/-]((?:19|20)\d\d) (?:(?:đến|tới) (?:hết )?(?:ngày )?)?$/u;
const REACH = 40;

/** The mentions without a stretch's cut-off bracketed right after the year it counts. */
export function withoutReportingYearBracket(lower: string, mentions: PeriodMention[]): PeriodMention[] {
  // (Found by its bracket: a search led by the space would stop at every word.)
  if (indexOfPhrase(lower, ' (từ ') < 0) return mentions;
  return mentions.filter((q, i) => {
    const p = mentions[i - 1];
    if (!p || q.asOf === undefined || p.part !== '' || p.span || p.isBase || p.year === undefined || q.year !== p.year) return true;
    if (q.start - p.end > REACH) return true;
    const opened = OPENS_YEAR_BEFORE.exec(lower.slice(p.end, q.start));
    return !opened || Number(opened[1]) !== p.year - 1;
  });
}
