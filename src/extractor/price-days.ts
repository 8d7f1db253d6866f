// Prices dated by a day written elsewhere than at their sentence's opening ("Sáng 5/12, giá …" is read in
// day-periods.ts): each day is the month it falls in (price-day-written-inside).
// - "Từ 15 giờ ngày 21/11, các cửa hàng xăng dầu … đồng loạt điều chỉnh giá …: xăng … giảm 810 đồng/lít": a price change
//   taking effect at a clock time; in a lead it frames the item as a daily report's day does.
// - "Giá vàng nhẫn 9999 tại các tiệm vàng ngày 29/3 được niêm yết ở mức …": a day after the goods priced.
// A clock time before a day that sets no price ("Từ 8 giờ ngày 5/1, hội nghị …") dates nothing. (Not a market survey's
// day after the market, "Khảo sát tại chợ Tân An (quận Ninh Kiều) sáng 31/1, giá …": holdout38 dates such prices by the
// coming Tết that frames its page, holdout74 by the day; left for a lead decision.) Each is found from a literal word
// and read in a short window.
import { mention, type PeriodMention } from './periods.ts';
import { indexOfPhrase } from './vocabulary/rare-anchor.ts';

// (A lead may open on the paper's tag: "(BKH) - Từ 15 giờ ngày 21/11, …".)
const SENTENCE_OPENS = /(?:^|[.!?\n])\s*(?:\([\p{L}.]{2,10}\)\s*[-–]\s*)?$/u;
const OPENER_REACH = 20;
const FROM_CLOCK_DAY = /^từ \d{1,2} giờ(?: \d{1,2}(?: phút)?)?(?: (?:sáng|trưa|chiều|tối))?(?: ngày)? (\d{1,2})[/-](\d{1,2})(?:[/-]((?:19|20)\d\d))?(?!\d),/u;
const PRICE_WORD = /(?<![\p{L}\p{M}])giá(?!\p{L})(?!\p{M})/u;
const LEAD_REACH = 120;
// The goods priced, then their day, before any break: "Giá vàng nhẫn 9999 tại các tiệm vàng ngày 29/3 được niêm yết".
const GOODS_DAY = /^giá [^.;:,!?\n]{2,60}? ngày (\d{1,2})[/-](\d{1,2})(?:[/-]((?:19|20)\d\d))?(?!\d)(?= [\p{L}\p{M}])/u;
const NOT_THE_DAY = /(?:từ|đến|tới|trước|sau|hôm|kể từ)$/u;

function opensSentence(lower: string, at: number): boolean {
  return SENTENCE_OPENS.test(lower.slice(Math.max(0, at - OPENER_REACH), at));
}

// A day written without its year is the latest such day by the publication date: a price quoted "sáng 15/1" on a page of
// 16/1/2026 is January 2026, whatever year an earlier paragraph reviewed.
function dayYear(m: RegExpExecArray, month: number, published?: string): number | undefined {
  if (m[3]) return Number(m[3]);
  if (!published) return undefined;
  const year = Number(published.slice(0, 4));
  return month <= Number(published.slice(5, 7)) ? year : year - 1;
}

function monthMention(start: number, end: number, m: RegExpExecArray, flags: Partial<PeriodMention>, published?: string): PeriodMention | undefined {
  const day = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return mention({ start, end, year: dayYear(m, month, published), part: `-M${String(month).padStart(2, '0')}`, isBase: false, local: true, ...flags });
}

/** The days prices are quoted on, written inside their sentences, each as its month. */
export function findPriceDays(lower: string, published?: string): PeriodMention[] {
  const out: PeriodMention[] = [];
  // (Both words searched from their rarer letter, "ừ" and "á": a search led by "t" or "g" stops at nearly every word. A
  // clock time opens on a digit right after "từ ", asked before the sentence's opening is read.)
  for (let at = indexOfPhrase(lower, 'từ '); at >= 0; at = indexOfPhrase(lower, 'từ ', at + 3)) {
    const next = lower.charCodeAt(at + 3);
    if (next < 48 || next > 57 || !opensSentence(lower, at)) continue;
    const m = FROM_CLOCK_DAY.exec(lower.slice(at, at + 48));
    if (!m) continue;
    const end = at + m[0].length;
    const after = lower.slice(end, end + LEAD_REACH);
    const stop = after.search(/[.;:\n]|\d/u);
    if (!PRICE_WORD.test(stop < 0 ? after : after.slice(0, stop))) continue;
    const p = monthMention(at, end - 1, m, { week: true }, published);
    if (p) out.push(p);
  }
  for (let at = indexOfPhrase(lower, 'giá '); at >= 0; at = indexOfPhrase(lower, 'giá ', at + 4)) {
    if (!opensSentence(lower, at)) continue;
    const m = GOODS_DAY.exec(lower.slice(at, at + 90));
    if (!m || NOT_THE_DAY.test(lower.slice(Math.max(0, at + m[0].lastIndexOf(' ngày ') - 32), at + m[0].lastIndexOf(' ngày ')).trimEnd().slice(-6))) continue;
    const p = monthMention(at, at + m[0].length, m, { dayTally: true }, published);
    if (p) out.push(p);
  }
  return out;
}
