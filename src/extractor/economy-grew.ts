// "Kinh tế 9 tháng tăng 7,85%", "Nền kinh tế quý III tăng 8,2% so với cùng kỳ", "Kinh tế Quảng Ninh tăng 11,66%": the
// economy named as its clause's subject, then its move, is the GRDP's growth, as "tăng trưởng kinh tế" is. Not a kind
// of economy ("Kinh tế số tăng 20%", "kinh tế tập thể"), nor "kinh tế - xã hội".
// A headline may put its place first: "Quảng Trị: Kinh tế quý I/2026 tăng 7,36%" (economy-after-place-label).
import { ECONOMIC_REGIONS, ECONOMY_KINDS } from './vocabulary/sectors.ts';
import { alternation } from './vocabulary/regexp.ts';

const ECONOMY_MOVED = new RegExp(String.raw`^[\s"“(–\-+•*]*(?:[\p{L}\p{M}.]+(?: [\p{L}\p{M}.]+){0,3}:\s*)?(?:trong đó,?\s*|riêng\s+)?(?:nền )?kinh tế(?! (?:${alternation(ECONOMY_KINDS)}|vùng(?! (?:${alternation(ECONOMIC_REGIONS)})))(?!\p{L})(?!\p{M}))(?: [\p{L}\p{M}\d/]+){0,8} (?:ước |đã |vẫn |tiếp tục )?(?:tăng|giảm)(?: trưởng)?(?: khoảng| gần| hơn| trên| ước)? $`, 'u');
const REACH = 64;

/** The percentage at `numberStart` is how much the economy named as its clause's subject (from `clauseStart`) moved. */
export function isEconomyMoved(lower: string, clauseStart: number, numberStart: number): boolean {
  if (numberStart - clauseStart > REACH) return false;
  // (The clause's words only: a search of `lower` from the clause on would run to the end of the text when absent.)
  const words = lower.slice(clauseStart, numberStart);
  return words.includes('kinh tế') && ECONOMY_MOVED.test(words);
}
