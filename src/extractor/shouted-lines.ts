// Headlines and headings typed in capitals ("ĐẠI HỘI ĐẢNG BỘ XÃ TÂN PHÚ THẠNH NHIỆM KỲ 2025 - 2030") hide where a
// commune's name ends, which the place matcher reads from capitals. Such a line is re-cased for it the way the rest of
// the article writes each word: "Tân", "Phú", "Thạnh" capitalised where the body names the commune, "nhiệm kỳ" not.
// Same length and offsets: only the case of letters changes.
import { indexOfPhrase } from './vocabulary/rare-anchor.ts';
import { letterAt } from './vocabulary/word-boundary.ts';

const WORD = /[\p{L}\p{M}]+/gu;
// A heading, not a paragraph: long runs of capitals are left as they are.
const MAX_LINE = 200;
// Occurrences of a word looked at elsewhere in the text: enough to tell how it is written.
const MAX_SEEN = 20;

/** `cased` with its all-capital lines re-cased word by word after the rest of the text; `cased` itself when it has none. */
export function recaseShoutedLines(cased: string, lower: string): string {
  const lines: Array<[number, number]> = [];
  for (let from = 0; from < cased.length; ) {
    const nl = cased.indexOf('\n', from);
    const to = nl < 0 ? cased.length : nl;
    if (to - from <= MAX_LINE && isShouted(cased, lower, from, to)) lines.push([from, to]);
    from = to + 1;
  }
  if (lines.length === 0) return cased;
  // How the rest of the text writes each word of those lines: with a capital, or not (a literal search per word:
  // the lines hold a few words, the text many).
  const inLines = (pos: number) => lines.some(([from, to]) => pos >= from && pos < to);
  const capitals = new Map<string, number>();
  for (const [from, to] of lines) {
    WORD.lastIndex = from;
    for (let m = WORD.exec(cased); m && m.index < to; m = WORD.exec(cased)) {
      const key = lower.slice(m.index, m.index + m[0].length);
      if (capitals.has(key)) continue;
      let score = 0;
      for (let at = indexOfPhrase(lower, key), seen = 0; at >= 0 && seen < MAX_SEEN; at = indexOfPhrase(lower, key, at + 1)) {
        if (inLines(at) || (at > 0 && letterAt(lower, at - 1)) || letterAt(lower, at + key.length)) continue;
        score += cased[at] !== lower[at] ? 1 : -1;
        seen++;
      }
      capitals.set(key, score);
    }
  }
  let out = '';
  let copied = 0;
  for (const [from, to] of lines) {
    out += cased.slice(copied, from);
    let line = '';
    let last = from;
    WORD.lastIndex = from;
    for (let m = WORD.exec(cased); m && m.index < to; m = WORD.exec(cased)) {
      const key = lower.slice(m.index, m.index + m[0].length);
      line += cased.slice(last, m.index) + ((capitals.get(key) ?? 0) > 0 ? m[0][0] + key.slice(1) : key);
      last = m.index + m[0].length;
    }
    out += line + cased.slice(last, to);
    copied = to;
  }
  return out + cased.slice(copied);
}

/** All letters of [from, to) are capitals, at least 8 of them. Read by code unit: most lines fail at their second
 *  letter, and every line of every article is asked. */
function isShouted(cased: string, lower: string, from: number, to: number): boolean {
  let capitals = 0;
  for (let i = from; i < to; i++) {
    const c = cased.charCodeAt(i);
    if (c !== lower.charCodeAt(i)) {
      capitals++;
      continue;
    }
    // Same as its lower case: a lower-case letter (fails), or no letter at all.
    if ((c >= 97 && c <= 122) || (c >= 0xc0 && cased[i] !== cased[i]!.toUpperCase())) return false;
  }
  return capitals >= 8;
}
