// Whether a percentage whose words the lexicon could not place still names what it measures: then it is not the
// rate its paragraph or the article spoke of before, and is better left without an indicator than given that one.
import type { Candidate } from './scan-figures.ts';
import { IIP_SECTIONS } from './vocabulary/cues.ts';
import { alternation } from './vocabulary/regexp.ts';
import { hasWholeWord } from './vocabulary/word-boundary.ts';
import { MAKING_WORDS, MEASURE_HEADS, MEASURE_NOUNS, NOT_A_SHARE_AFTER, NOT_NAMING_AFTER_HEAD, OTHER_MONEY, PLANNED_WORKS, PRODUCT_WORDS } from './vocabulary/own-measures.ts';
import { wordStartTest } from './vocabulary/word-start.ts';

// Outside any function: see the note on \p{…} literals in resolve-indicator.ts.
const NAMED_MEASURE = wordStartTest(new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternation(MEASURE_HEADS)} (?!${alternation(NOT_NAMING_AFTER_HEAD)}(?!\\p{L})(?!\\p{M}))\\p{L}|${alternation(MEASURE_NOUNS)}(?!\\p{L})(?!\\p{M}))`, 'u'));
const MONEY_NAMED = new RegExp(`(?<![\\p{L}\\p{M}])${alternation(OTHER_MONEY)}(?!\\p{L})(?!\\p{M})`, 'u');
const SHARE_OF_NOUN = new RegExp(`^ (?!${alternation(NOT_A_SHARE_AFTER)}(?!\\p{L})(?!\\p{M}))\\p{L}`, 'u');
// "đạt 51,1% nguồn vốn huyện giao": the capital a level above assigned is the plan the share is measured against.
const CAPITAL_ASSIGNED_AFTER = /^ (?:nguồn |số |tổng )?vốn (?:[\p{L}\p{M}]+ ){1,2}giao(?!\p{L})(?!\p{M})/u;
const PLAN_OF_WORKS_AFTER = new RegExp(`^ (?:kế hoạch|chỉ tiêu|kh) (?:${alternation(PLANNED_WORKS)})(?!\\p{L})(?!\\p{M})`, 'u');

/** Money no indicator measures named in lower[from, to): a trade balance, lending, fines. */
export function namesOtherMoney(lower: string, from: number, to: number): boolean {
  return MONEY_NAMED.test(lower.slice(from, to));
}

/** "Tỷ lệ thu hồi tài sản … đạt 68,3%" (a measure named in its own words, from `from` on) or "100% trạm y tế có bác
 *  sĩ" (a share of a noun named right after it; points are no share: "giảm 0,2 điểm phần trăm hộ nghèo"); money its
 *  own words name ("cán cân thương mại xuất siêu 20,79 tỷ USD", "tổng dư nợ … đạt 512,3 tỷ đồng"). */
export function namesOwnMeasure(lower: string, c: Candidate, from: number): boolean {
  if (c.unit.class === 'money') return namesOtherMoney(lower, from, c.numberStart);
  if (c.unit.class !== 'percent' && c.unit.class !== 'points' && c.unit.class !== 'times') return false;
  return (c.unit.class === 'percent' && SHARE_OF_NOUN.test(lower.slice(c.end, c.end + 16)) && !CAPITAL_ASSIGNED_AFTER.test(lower.slice(c.end, c.end + 40))) ||
    (c.unit.class === 'percent' && PLAN_OF_WORKS_AFTER.test(lower.slice(c.end, c.end + 32))) || namesMeasureBefore(lower, c, from);
}

/** A rate or index named in lower[from, number): "…, công suất phòng nhiều khách sạn đạt trên 95%". */
export function namesMeasureBefore(lower: string, c: Candidate, from: number): boolean {
  if (c.unit.class !== 'percent' && c.unit.class !== 'points' && c.unit.class !== 'times') return false;
  const words = lower.slice(from, c.numberStart);
  return NAMED_MEASURE.test(words) || COUNT_OPENS.test(words.slice(Math.max(words.lastIndexOf(','), words.lastIndexOf(';')) + 1));
}
// "Số chuyến bay tăng 10%" after tourism revenue: a count named as the subject its stretch opens on (after the figure
// before, "… về số dự án và giảm 8,1%" is that figure's).
const COUNT_OPENS = new RegExp(`^[\\s\\-–•+]*(?:trong đó,? |riêng )?số (?!${alternation(NOT_NAMING_AFTER_HEAD)}(?!\\p{L})(?!\\p{M}))\\p{L}`, 'u');

/** "Các sản phẩm chủ lực như lọc hóa dầu tăng 23,01%; sắt thép tăng 30,34%": a change of products named in
 *  lower[from, to) (the words before it, or the heading of its list) is those products' own output, not a rate of the
 *  industry the paragraph spoke of ("tổng sản phẩm" is the GRDP, which the lexicon reads). */
export function namesProducts(lower: string, c: Candidate, from: number, to: number): boolean {
  return (c.unit.class === 'percent' || c.unit.class === 'points') && hasWholeWord(lower, PRODUCT_WORDS, from, to, (at) => !lower.endsWith('tổng ', at));
}

/** "tổng mức bán lẻ hàng hóa tăng 13,53%, sản xuất đồ uống tăng 61,49%, chế tạo sản phẩm từ thép tăng 8,15%": an item
 *  that names an industry making something (or products) in its own words, from `from` on, measures that industry's
 *  output, not what the item before it measured ("giá trị sản xuất" is the lexicon's; the index's own sections, "chế
 *  biến, chế tạo", "sản xuất và phân phối điện", are read in iip-sub-sectors.ts). */
export function namesMaking(lower: string, c: Candidate, from: number): boolean {
  if (c.unit.class !== 'percent' && c.unit.class !== 'points') return false;
  if (namesProducts(lower, c, from, c.numberStart)) return true;
  return hasWholeWord(lower, MAKING_WORDS, from, c.numberStart, (at) => !lower.endsWith('giá trị ', at)) &&
    !hasWholeWord(lower, IIP_SECTIONS, from, c.numberStart);
}

