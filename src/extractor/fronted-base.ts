// "So với cùng kỳ năm trước, diện tích lúa ruộng tương đương; lúa nương giảm 9,1%; ngô giảm 9,7%": statistics
// reports put the base first and then run a row of changes, each in its own clause. The base read around a figure
// stops at its clause, so only the first change saw it; the sentence's opening speaks for all of them.
import type { Base } from './figure.ts';
import { LAST_YEAR } from './meaning.ts';

// The opening base, then a comma (or, for the forms that end on a word that cannot run on, a space and the subject).
// "So với 9 tháng đầu năm 2024," and "So với tháng cùng kỳ năm 2024" name the same stretch a year before: same_period.
// "Trong đó, so với cùng kỳ năm trước, ngành chế biến, chế tạo tăng 4,4%, …": a breakdown may open on it too.
const OPENING = /^[\s"“(–\-+•*]*(?:(?:trong đó|cụ thể|theo đó),\s*)?(?:nếu )?so (?:với )?(?:((?:tháng |quý )?cùng kỳ(?: năm (?:trước|ngoái|(?:19|20)\d\d))?|cùng vụ(?: năm (?:trước|ngoái))?|(?:\d{1,2} tháng(?: đầu năm)?|quý [ivx1-4]+|nửa đầu năm)(?: năm)? (?:19|20)\d\d)|((?:tháng|quý|tuần|kỳ|vụ) (?:trước|liền kề))|năm (trước|ngoái|(?:19|20)\d\d))(,|\s)/u;

/** The base a sentence opens on ("So với cùng kỳ năm trước, …"), for a change of that sentence that states none. */
export function frontedSentenceBase(lower: string, sentenceStart: number, numberStart: number): Base | undefined {
  const head = OPENING.exec(lower.slice(sentenceStart, Math.min(numberStart, sentenceStart + 60)));
  if (!head) return undefined;
  // Without a comma the phrase must have ended on its own: "So với cùng kỳ năm trước sản lượng lúa tăng …".
  if (head[4] !== ',' && !(head[1]?.includes('năm') || head[3])) return undefined;
  // Another comparison between the opening and the figure is that figure's own, or a second one the row turned to.
  if (lower.slice(sentenceStart + head[0].length, numberStart).includes('so ')) return undefined;
  if (head[1]) return 'same_period';
  if (head[2]) return 'previous_period';
  return head[3] === 'trước' || head[3] === 'ngoái' ? LAST_YEAR : (head[3] as Base);
}
