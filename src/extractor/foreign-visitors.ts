// Visitors counted by where they come from are international visitors, though "quốc tế" is nowhere: "khách Trung Quốc
// vào Quảng Ninh theo đường du lịch đạt 9.200 lượt", "Hàn Quốc và Trung Quốc tiếp tục là hai thị trường dẫn đầu với lần
// lượt 4,2 triệu và 3,4 triệu lượt", an item "- Nhật Bản: 640.000 lượt (+10,3%)".
import { SOURCE_MARKET_LABELS, SOURCE_MARKETS } from './vocabulary/source-markets.ts';

const MARKETS = SOURCE_MARKETS.join('|');
// "khách Trung Quốc", "du khách Hàn Quốc", "khách du lịch đến từ Nhật Bản".
const VISITORS_FROM = new RegExp(`(?<![\\p{L}\\p{M}])khách(?: du lịch| quốc tịch)?(?: (?:từ|đến từ))? (?:${MARKETS})(?!\\p{L})(?!\\p{M})`, 'u');
// "hai thị trường dẫn đầu", "thị trường Hàn Quốc": the clause speaks of source markets, and names one.
const MARKET_NAMED = new RegExp(`(?<![\\p{L}\\p{M}])(?:${MARKETS})(?!\\p{L})(?!\\p{M})`, 'u');
// An item line labelled by a market: "- Nhật Bản: 640.000 lượt", "Mỹ: 720.000 lượt".
const MARKET_LABEL = new RegExp(`(?:^|\\n)[\\s\\-–•+*]*(?:${MARKETS}|${SOURCE_MARKET_LABELS.join('|')}):\\s*$`, 'u');
const REACH = 120;

/** Whether the visitors counted at `numberStart` are named by the country they come from. */
export function countedBySourceMarket(lower: string, numberStart: number, clauseStart: number): boolean {
  const window = lower.slice(Math.max(clauseStart, numberStart - REACH), numberStart);
  if (window.includes('khách') && VISITORS_FROM.test(window)) return true;
  if (window.includes('thị trường') && MARKET_NAMED.test(window)) return true;
  return window.includes(':') && MARKET_LABEL.test(lower.slice(Math.max(0, numberStart - 40), numberStart));
}
