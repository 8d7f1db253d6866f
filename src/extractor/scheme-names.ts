// Schemes and campaigns are named by a round goal: "Đề án phát triển bền vững 1 triệu héc-ta chuyên canh lúa chất lượng
// cao", "chương trình trồng 1 tỷ cây xanh", "phong trào … 100 ngày". The number names which scheme is meant, as
// "Chương trình 135" does; it is no result. A scheme noun followed by words that report ("Đề án đến năm 2025 là 11 bác
// sĩ", "chương trình … đã giải ngân 500 tỷ đồng") leaves the number a figure.
import type { Candidate } from './scan-figures.ts';
import { alternation } from './vocabulary/regexp.ts';
import { SCHEME_NOUNS, SCHEME_NAME_BREAKS } from './vocabulary/cues.ts';

// The scheme noun, then one to six words of its name (letters only: no comma, digit or bracket) up to the number
// ("Đề án đầu tư xây dựng ít nhất 1 triệu căn hộ nhà ở xã hội" has six: scheme-name-six-words).
const SCHEME_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${alternation(SCHEME_NOUNS)})((?: [\p{L}\p{M}]+){1,6}) $`, 'u');
const BREAKS = new Set(SCHEME_NAME_BREAKS);
const REACH = 64;

/** A round number (one significant digit: 1, 5, 100, 1.000, 1 triệu) is how schemes name their goal. */
export function isRound(c: Candidate): boolean {
  if (c.of !== undefined || c.high !== undefined || c.sign || !(c.value > 0)) return false;
  // One digit then zeros, read off an exact integer without printing it. A fraction prints a point (or an exponent),
  // so it is never one; integers past 2^53 are read as printed.
  if (!Number.isInteger(c.value)) return false;
  if (Number.isSafeInteger(c.value)) {
    let v = c.value;
    while (v % 10 === 0) v /= 10;
    return v <= 9;
  }
  const digits = String(c.value).replace(/0+$/, '');
  return /^[1-9]$/.test(digits);
}

/** Whether the candidate is the round goal inside a scheme's name. */
export function isInSchemeName(lower: string, c: Candidate): boolean {
  if (!isRound(c)) return false;
  const window = lower.slice(Math.max(0, c.numberStart - REACH), c.numberStart);
  // Plain word tests first: most numbers have no scheme noun before them.
  if (!SCHEME_NOUNS.some((noun) => window.includes(noun))) return false;
  const m = SCHEME_BEFORE.exec(window);
  if (!m) return false;
  // Words that report or measure end the name: the number after them is a figure of the scheme.
  const words = m[1]!.trim().split(' ');
  for (let i = 0; i < words.length; i++) {
    if (BREAKS.has(words[i]!) || (i + 1 < words.length && BREAKS.has(`${words[i]} ${words[i + 1]}`))) return false;
  }
  return true;
}
