// Numbers written in words are figures where digits would be: "bảy chỉ tiêu vượt", "ba xã đạt chuẩn", "tăng gấp đôi".
// Only counts of targets, criteria and units with a status after them qualify; "ba huyện ven biển" is a description.
import { candidate } from './candidate.ts';
import { findSpelledAmounts } from './spelled-amounts.ts';
import type { Candidate } from './scan-figures.ts';
import { isLetterCode } from './vocabulary/letters.ts';
import { VILLAGE_UNITS } from './vocabulary/village-units.ts';
import { indexOfPhrase, phraseOffsets } from './vocabulary/rare-anchor.ts';
import { isLetter, wordMatches } from './vocabulary/word-boundary.ts';

const DIGIT_WORDS: Record<string, number> = {
  'một': 1, 'hai': 2, 'ba': 3, 'bốn': 4, 'tư': 4, 'năm': 5, 'sáu': 6, 'bảy': 7, 'bẩy': 7, 'tám': 8, 'chín': 9, 'mười': 10,
};
const WORDS = Object.keys(DIGIT_WORDS).join('|');
// The nouns a spelled number counts, read right after a number word and its space (nounsAfterNumberWords).
// ("hai tổ dân phố đạt chuẩn", "ba thôn đạt chuẩn": the units below a commune too, spelled-village-counts.)
export const COUNTED = new RegExp(`chỉ tiêu|tiêu chí|xã|phường|thị trấn|huyện|đơn vị|trường|sản phẩm|ấp|khu phố|${VILLAGE_UNITS.join('|')}|vụ|người|hộ|dự án|doanh nghiệp|hợp tác xã|đảng viên`, 'gu');
// Counted only as a change ("giảm hai vụ so với cùng kỳ"): "hai người" alone is no figure.
const CHANGE_ONLY = new Set(['vụ', 'người', 'hộ']);
// Counted only when drawn in, founded or admitted ("thu hút được tám dự án", "kết nạp mười đảng viên mới"): "hai dự án
// trọng điểm" names which projects.
const GAINED_ONLY = new Set(['dự án', 'doanh nghiệp', 'hợp tác xã', 'đảng viên']);
const GAINED_LEAD = /(?:^|\s)(?:được|thu hút|cấp mới cho|cấp phép cho|thành lập mới|thành lập|kết nạp|khởi công)$/u;
const NUMBER_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{M}])((?:(?:${WORDS}) mươi(?: (?:${WORDS}|mốt|lăm))?)|(?:mười(?: (?:${WORDS}|lăm))?)|(?:${WORDS})) $`, 'u');
// "thêm năm xã thoát khỏi diện đặc biệt khó khăn", "ba xã được công nhận …": a result reached counts like a status.
const RESULT_VERBS = '(?<![\\p{L}\\p{M}])(?:đạt|vượt|chưa đạt|không đạt|hoàn thành|xấp xỉ|thoát khỏi|thoát nghèo|được công nhận|về đích)(?!\\p{L})(?!\\p{M})';
const STATUS_SOON = new RegExp(`^[^.;:\\n]{0,40}?${RESULT_VERBS}`, 'u');
// "Một xã ở Hà Nội thu ngân sách đạt hơn 600% dự toán": "một" is as often "a" as "one"; it counts only with the result
// right after its noun ("một xã đạt chuẩn", "một chỉ tiêu không đạt", "thêm một xã nữa về đích").
const STATUS_RIGHT_AFTER = new RegExp(`^ (?:nữa |khác |còn lại )?${RESULT_VERBS}`, 'u');
// "Đảng bộ ba phường cũ lãnh đạo thực hiện đạt và vượt 17/19 chỉ tiêu": the status is the count of targets', and the
// spelled number only names whose targets they were.
const STATUS_OF_TARGETS = /^[^.;:\n]{0,40}?(?<![\p{L}\p{M}])(?:đạt|vượt|chưa đạt|không đạt|hoàn thành)(?: và vượt| và hoàn thành vượt)? \d[\d.,/]* chỉ tiêu(?!\p{L})(?!\p{M})/u;
// ("sáp nhập từ 3 xã: Phú Sơn, …", "sáp nhập Đảng bộ 3 xã Hợp Lý, …": where the parts came from, or whose bodies; "tính
// gộp số liệu của 2 tỉnh cũ": how the figures were summed.)
export const MERGED_LEAD = /(?:^|\s)(?:gộp|hợp nhất|sáp nhập)(?: từ| đảng bộ| các| số liệu(?: của)?| của)?$/u;
export const MERGED_LEAD_REACH = 20;
const DOUBLE = /gấp (đôi|ba|rưỡi)/gu;

export function findSpelledFigures(lower: string): Candidate[] {
  const out: Candidate[] = [];
  for (const noun of nounsAfterNumberWords(lower)) {
    const from = Math.max(0, noun.index - 24);
    if (!endsWithNumberWord(lower, from, noun.index)) continue;
    const m = NUMBER_BEFORE.exec(lower.slice(from, noun.index));
    if (!m) continue;
    const words = m[1]!;
    const unit = noun[0];
    if (/[\p{L}\p{M}]/u.test(lower[noun.index + unit.length] ?? '')) continue;
    const start = noun.index - words.length - 1;
    const lead = lower.slice(Math.max(0, start - 7), Math.max(0, start - 1));
    // "năm" is far more often "year" than "five"; "có năm xã", "thêm năm xã" count.
    if (words === 'năm' && unit !== 'chỉ tiêu' && unit !== 'tiêu chí' && !/(?:^|\s)(?:có|thêm)$/u.test(lead)) continue;
    // "cả năm (tính gộp ba đơn vị cũ) đạt 18,6 tỷ đồng", "sau khi hợp nhất hai xã": the parts merged or summed are named,
    // not counted (merged-parts-named).
    if (MERGED_LEAD.test(lower.slice(Math.max(0, start - MERGED_LEAD_REACH), Math.max(0, start - 1)))) continue;
    const end = noun.index + unit.length;
    const change = /(?:^|\s)(?:tăng|giảm)$/u.test(lead);
    if (GAINED_ONLY.has(unit)) {
      if (!change && !GAINED_LEAD.test(lower.slice(Math.max(0, start - 17), Math.max(0, start - 1)))) continue;
    } else if (CHANGE_ONLY.has(unit) ? !change : !change && (!STATUS_SOON.test(lower.slice(end, end + 60)) || (unit !== 'chỉ tiêu' && STATUS_OF_TARGETS.test(lower.slice(end, end + 80))))) continue;
    if (words === 'một' && !change && !STATUS_RIGHT_AFTER.test(lower.slice(end, end + 24))) continue;
    const value = spelledValue(words);
    if (value === undefined) continue;
    out.push(candidate({ start, end, numberStart: start, value, unit: { unit, class: 'count' }, decimals: 0 }));
  }
  // (Most articles never say "gấp": a literal search from its rare letter spares the pattern's pass over the text.)
  for (const m of indexOfPhrase(lower, 'gấp ') < 0 ? [] : wordMatches(lower, DOUBLE)) {
    const start = m.index;
    const value = m[1] === 'đôi' ? 2 : m[1] === 'ba' ? 3 : 1.5;
    out.push(candidate({ start, end: m.index + m[0].length, numberStart: start, value, unit: { unit: 'lần', class: 'times' }, decimals: 0, sign: 'up' }));
  }
  out.push(...findSpelledAmounts(lower, spelledBefore));
  return out.sort((a, b) => a.start - b.start);
}

/** The number words that end `window` before its last space ("gần hai mươi "), with their value. */
function spelledBefore(window: string): { words: string; value: number } | undefined {
  const m = NUMBER_BEFORE.exec(window);
  const value = m ? spelledValue(m[1]!) : undefined;
  return m && value !== undefined ? { words: m[1]!, value } : undefined;
}

// NUMBER_BEFORE ends with one of these words and a space; most counted nouns follow some other word, and are
// passed over without cutting out a window and running the pattern backwards through it.
const LAST_NUMBER_WORDS = new Set([...Object.keys(DIGIT_WORDS), 'mươi', 'mốt', 'lăm']);
const NUMBER_WORDS_SPACED = [...LAST_NUMBER_WORDS].map((word) => `${word} `);
const COUNTED_HERE = new RegExp(COUNTED.source, 'uy');

/** The counted nouns wordMatches(lower, COUNTED) finds that stand right after a number word and its space. Those
 *  places are found first (by literal searches from each word's rarest letter): a number word and a space are rarer
 *  than the nouns ("người", "xã", "hộ"), and no noun holds a number word and a space, so no noun found this way hides
 *  another. */
export function* nounsAfterNumberWords(lower: string): Generator<RegExpExecArray> {
  for (const at of phraseOffsets(lower, NUMBER_WORDS_SPACED, true)) {
    COUNTED_HERE.lastIndex = at;
    const noun = COUNTED_HERE.exec(lower);
    // The noun must end a word, as wordMatches asks (a space before it starts one).
    if (noun === null || (isLetter(lower[at + noun[0].length - 1]) && isLetter(lower[at + noun[0].length]))) continue;
    yield noun;
  }
}

/** Whether lower[from, to) ends with a space after a word NUMBER_BEFORE can end with (a word begun before `from`
 * counts from `from`, as in the window the pattern reads). */
function endsWithNumberWord(lower: string, from: number, to: number): boolean {
  if (lower[to - 1] !== ' ') return false;
  let start = to - 1;
  while (start > from && isLetterCode(lower.charCodeAt(start - 1))) start--;
  return LAST_NUMBER_WORDS.has(lower.slice(start, to - 1));
}

function spelledValue(words: string): number | undefined {
  const parts = words.split(' ');
  if (parts.length === 1) return DIGIT_WORDS[parts[0]!];
  if (parts[0] === 'mười') return 10 + unitWord(parts[1]!);
  if (parts[1] === 'mươi') return (DIGIT_WORDS[parts[0]!] ?? 0) * 10 + (parts[2] ? unitWord(parts[2]) : 0);
  return undefined;
}

function unitWord(w: string): number {
  if (w === 'mốt') return 1;
  if (w === 'lăm') return 5;
  return DIGIT_WORDS[w] ?? 0;
}
