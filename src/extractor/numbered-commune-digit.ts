// "Đảng uỷ phường Hà Giang 1 tổ chức hội nghị …": the single digit that ends a numbered commune's name before its clause's
// verb (numbered-commune-before-verb) is part of the name, no count of "tổ chức". Read in the lower-cased text: a level
// word and one to three name syllables before the digit, a verb of the lexicon after it; a counted noun after the digit
// ("xã Tà Năng 3 hộ") leaves it a figure.
import { VERB_AFTER_NUMBERED_NAME } from './lexicon/numbered-name-verbs.ts';

const NAME_BEFORE = /(?<![\p{L}\p{M}])(?:xã|phường|đặc khu) [\p{L}\p{M}]+(?: [\p{L}\p{M}]+){0,2} $/u;
const NAME_REACH = 40;
const VERB_AFTER = /^ ([\p{L}\p{M}]+)(?: ([\p{L}\p{M}]+))?/u;

/** The digit at [pos, end) of `lower` ends a numbered commune's name before the clause's verb. */
export function isNumberedCommuneDigit(lower: string, pos: number, end: number): boolean {
  if (end - pos !== 1 || !NAME_BEFORE.test(lower.slice(Math.max(0, pos - NAME_REACH), pos))) return false;
  const m = VERB_AFTER.exec(lower.slice(end, end + 24));
  if (m === null || !VERB_AFTER_NUMBERED_NAME.has(m[1]!)) return false;
  const seconds = VERB_AFTER_NUMBERED_NAME.get(m[1]!);
  return seconds === undefined || (m[2] !== undefined && seconds.includes(m[2]));
}
