// Word-boundary checks done by hand: a leading lookbehind in a long alternation stops V8 from skipping ahead, and
// the whole-text scans were the extractor's hottest code.

import { isLetter, isLetterCode } from './letters.ts';

export { isLetter };

/** Every match of `re` (global, no leading lookbehind) that starts and ends at a word boundary. */
export function* wordMatches(text: string, re: RegExp): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const end = m.index + m[0].length;
    // Only a match that starts (ends) with a letter needs a boundary before (after) it: ":" may follow "gồm".
    const startOk = !isLetter(m[0][0]) || !isLetter(text[m.index - 1]);
    const endOk = !isLetter(text[end - 1]) || !isLetter(text[end]);
    if (startOk && endOk) {
      yield m;
    } else {
      // Retry one character later so a longer word does not hide a match inside it.
      re.lastIndex = m.index + 1;
    }
  }
}

// Anchored: a lone surrogate followed by a letter is not a letter.
const LETTER_OR_MARK = /^[\p{L}\p{M}]/u;

/** Whether the code point ending right before `i` is a letter or mark: what `(?<![\p{L}\p{M}])` rejects. */
export function letterBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return LETTER_OR_MARK.test(text.slice(i - 2, i));
  }
  return isLetterCode(c);
}

/** Whether the code point starting at `i` is a letter or mark: what `(?![\p{L}\p{M}])` rejects. */
export function letterAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) return LETTER_OR_MARK.test(text.slice(i, i + 2));
  return isLetterCode(c);
}

/**
 * Start offsets of the whole-word matches of `re` (global, sticky-free, no lookarounds at its edges) in text[from, to):
 * what `(?<![\p{L}\p{M}])(?:…)(?![\p{L}\p{M}])` finds, without the leading lookbehind that stops V8 from skipping
 * ahead. The alternatives of `re` must not be prefixes of one another, so a match that fails its boundary hides no
 * shorter one at the same place.
 */
export function wholeWordStarts(text: string, re: RegExp, from = 0, to = text.length, firstOnly = false): number[] {
  const out: number[] = [];
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (end > to) break;
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (!letterBefore(text, start) && !letterAt(text, end)) {
      out.push(start);
      if (firstOnly) break;
    } else {
      re.lastIndex = start + 1;
    }
  }
  return out;
}
