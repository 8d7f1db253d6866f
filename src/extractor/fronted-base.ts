// "So với cùng kỳ năm trước, diện tích lúa ruộng tương đương; lúa nương giảm 9,1%; ngô giảm 9,7%": statistics
// reports put the base first and then run a row of changes, each in its own clause. The base read around a figure
// stops at its clause, so only the first change saw it; the sentence's opening speaks for all of them.
import type { Base } from './figure.ts';
import { LAST_YEAR } from './meaning.ts';

// The opening base, then a comma (or, for the forms that end on a word that cannot run on, a space and the subject).
// "So với 9 tháng đầu năm 2024," and "So với tháng cùng kỳ năm 2024" name the same stretch a year before: same_period.
// "Trong đó, so với cùng kỳ năm trước, ngành chế biến, chế tạo tăng 4,4%, …": a breakdown may open on it too; so may a
// summing-up ("Như vậy, so với cùng kỳ năm 2018, số vụ TNGT giảm 567 vụ …"), or the stretch summed ("Tính chung 10
// tháng, so với cùng kỳ năm trước, một số sản phẩm chủ lực tăng khá: …; …"). Herds counted at a date are compared
// with the same date a year before: "So với cùng thời điểm năm trước, đàn lợn tăng 2,1%, đàn trâu giảm 3,4%".
// The base's own values may follow it in a bracket, which closes the phrase as a comma does: "…, so với tuần trước
// (8.811/2) số nhập viện giảm 13,9%" (bracketed-base-values).
const OPENING = /^[\s"“(–\-+•*]*(?:(?:trong đó|cụ thể|theo đó|như vậy|tính chung|nhìn chung),\s*)?(?:(?:tính chung|trong|lũy kế|luỹ kế|cộng dồn) (?:\d{1,2} tháng(?: đầu năm)?|quý [ivx1-4]+)(?:(?: năm)? (?:19|20)\d\d|\/(?:19|20)\d\d)?,\s*)?(?:nếu )?so (?:với )?(?:((?:tháng |quý |thời điểm )?cùng kỳ(?: năm (?:trước|ngoái|(?:19|20)\d\d))?|cùng vụ(?: năm (?:trước|ngoái))?|cùng thời điểm năm (?:trước|ngoái|(?:19|20)\d\d)|(?:\d{1,2} tháng(?: đầu năm)?|quý [ivx1-4]+|nửa đầu năm)(?: năm)? (?:19|20)\d\d)|((?:tháng|quý|tuần|kỳ|vụ) (?:trước|liền kề))|năm (trước|ngoái|(?:19|20)\d\d))( ?\([\d.,/ ]+\))?(,|\s)/u;

const CLAUSE_OPENING_REACH = 120;
// How far into its sentence the opening may reach: "Tính chung 10 tháng năm 2025, so với cùng kỳ năm trước," is 56.
const OPENING_REACH = 80;

/** The base a sentence opens on ("So với cùng kỳ năm trước, …"), for a change of that sentence that states none. */
export function frontedSentenceBase(lower: string, sentenceStart: number, numberStart: number): Base | undefined {
  let head = OPENING.exec(lower.slice(sentenceStart, Math.min(numberStart, sentenceStart + OPENING_REACH)));
  // "…, tổng vốn đầu tư 31,8 triệu USD, so với cùng kỳ, số dự án cấp mới bằng 100%, vốn đầu tư tăng 49%": a base set off
  // by commas inside the sentence opens the clauses after it the same way.
  // "…; so với năm trước giảm 31 vụ (-9,8%), giảm 17 người chết": one opening a clause after a semicolon runs its row
  // of changes as a sentence's opening does.
  if (!head) {
    const from = Math.max(sentenceStart, numberStart - CLAUSE_OPENING_REACH);
    const window = lower.slice(from, numberStart);
    const k = Math.max(window.lastIndexOf(', so với '), window.lastIndexOf('; so với '));
    if (k < 0) return undefined;
    const at = from + k;
    head = OPENING.exec(lower.slice(at + 1, Math.min(numberStart, at + 61)));
    if (!head || (head[5] !== ',' && !head[4] && lower[at] !== ';')) return undefined;
    sentenceStart = at + 1;
  }
  // Without a comma the phrase must have ended on its own: "So với cùng kỳ năm trước sản lượng lúa tăng …".
  if (head[5] !== ',' && !head[4] && !(head[1]?.includes('năm') || head[3])) return undefined;
  // Another comparison between the opening and the figure is that figure's own, or a second one the row turned to.
  if (lower.slice(sentenceStart + head[0].length, numberStart).includes('so ')) return undefined;
  return baseOfOpening(head);
}

function baseOfOpening(head: RegExpExecArray): Base {
  if (head[1]) return 'same_period';
  if (head[2]) return 'previous_period';
  return head[3] === 'trước' || head[3] === 'ngoái' ? LAST_YEAR : (head[3] as Base);
}

// "Trong mức tăng 0,59% của CPI tháng 10 so với tháng trước, nhóm hàng ăn … tăng 1,04%; giao thông tăng 0,99%": the
// groups' changes break down a move whose base the sentence's opening named, as a fronted "So với tháng trước, …" does.
// (Not in the sentence after it, "Cụ thể, …": a breakdown in a sentence of its own states no base, as the spec reads.)
const MOVE_BROKEN_DOWN = /^[\s"“(–\-+•*]*trong (?:mức|tốc độ) (?:tăng|giảm)(?: chung)? [^;\n]{0,70}? (?=so )/u;

/** The base of the move a change breaks down, named by the opening of its sentence. */
export function brokenDownMoveBase(lower: string, sentenceStart: number, numberStart: number): Base | undefined {
  if (!lower.slice(sentenceStart, sentenceStart + 12).includes('trong ')) return undefined;
  const m = MOVE_BROKEN_DOWN.exec(lower.slice(sentenceStart, Math.min(numberStart, sentenceStart + 120)));
  if (!m) return undefined;
  const at = sentenceStart + m[0].length;
  const head = OPENING.exec(lower.slice(at, Math.min(numberStart, at + 61)));
  // (Another comparison between the opening and the figure is the figure's own.)
  if (!head || head[5] !== ',' || lower.slice(at + head[0].length, numberStart).includes('so ')) return undefined;
  return baseOfOpening(head);
}
