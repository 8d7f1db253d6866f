// "Đáng chú ý, Tập đoàn Amkor Technology (Mỹ) điều chỉnh tăng vốn dự án tại KCN Yên Phong II-C thêm 1,07 tỷ USD, nâng
// tổng vốn đầu tư lên 1,6 tỷ USD": a sentence that opens on one firm named with its home country in brackets tells that
// investor's own project, an anecdote of one firm, not a figure of the place.
import { SOURCE_MARKETS, SOURCE_MARKET_LABELS } from './vocabulary/source-markets.ts';
import { alternation } from './vocabulary/regexp.ts';

const FIRM = '(?:tập đoàn|công ty|tổng công ty|nhà đầu tư)';
const ONE_INVESTOR_HEAD = new RegExp(String.raw`^[\s"“(–-]*(?:[^,.;:\d]{1,30},\s+)?${FIRM}(?!\p{L})(?!\p{M})[^,.;:()\d]{1,60}\((?:${alternation([...SOURCE_MARKETS, ...SOURCE_MARKET_LABELS])})\)`, 'u');
const OPENING = 140;

/** Whether the sentence (lower case) opens on one foreign firm named with its country: "Tập đoàn X (Mỹ) …". */
export function opensOnOneInvestor(sentence: string): boolean {
  const opening = sentence.slice(0, OPENING);
  return opening.includes('(') && (opening.includes('công ty') || opening.includes('tập đoàn') || opening.includes('nhà đầu tư')) &&
    ONE_INVESTOR_HEAD.test(opening);
}
