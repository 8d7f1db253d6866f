// Word-boundary checks done by hand: a leading lookbehind in a long alternation stops V8 from skipping ahead, and
// the whole-text scans were the extractor's hottest code.

import { isLetter, isLetterCode } from './letters.ts';
import { indexOfPhrase } from './rare-anchor.ts';

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

/**
 * wordMatches of `re` in one sentence, text[from, to), with offsets into `text`. The scan of the whole text finds the
 * same there when `re` has no lookaround and none of its matches can hold a sentence's break (".", "!", "?", "…",
 * a line break): a match then never crosses `from` or `to`, and the characters just outside are not letters.
 */
export function sentenceMatches(text: string, re: RegExp, from: number, to: number): RegExpExecArray[] {
  const out = [...wordMatches(text.slice(from, to), re)];
  for (const m of out) m.index += from;
  return out;
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

/** Whether the code point starting at `i` is a letter or mark: what `(?!\p{L})(?!\p{M})` rejects. */
export function letterAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) return LETTER_OR_MARK.test(text.slice(i, i + 2));
  return isLetterCode(c);
}

// Whole words found with indexOf, which skips through text far faster than a regex alternation with a leading
// lookbehind. wholeWordStarts gives what `(?<![\p{L}\p{M}])(?:a|b|…)(?!\p{L})(?!\p{M})` finds when no two phrases can
// overlap in a text (none is a prefix of another, none ends with the start of another); hasWholeWord answers
// whether that regex matches a slice, for any phrases.

function isWholeWordAt(text: string, at: number, length: number): boolean {
  return !letterBefore(text, at) && !letterAt(text, at + length);
}

/** Start offsets, in order, of the whole-word occurrences of the phrases in `text`. */
export function wholeWordStarts(text: string, phrases: readonly string[]): number[] {
  const out: number[] = [];
  for (const phrase of phrases) {
    for (let at = indexOfPhrase(text, phrase); at >= 0; at = indexOfPhrase(text, phrase, at + 1)) {
      if (isWholeWordAt(text, at, phrase.length)) out.push(at);
    }
  }
  return phrases.length > 1 ? out.sort((a, b) => a - b) : out;
}

/** Whether one of the phrases occurs as a whole word in text[from, to), read as a text of its own (its edges are
 * word boundaries): what the lookbehind regex tested on that slice answered. */
export function hasWholeWord(text: string, phrases: readonly string[], from: number, to: number, accept?: (at: number) => boolean): boolean {
  // Searched in a slice (a view, not a copy) so a phrase that is absent costs the range, not the rest of the text.
  const range = text.slice(from, to);
  for (const phrase of phrases) {
    for (let at = indexOfPhrase(range, phrase); at >= 0; at = indexOfPhrase(range, phrase, at + 1)) {
      if (isWholeWordAt(range, at, phrase.length) && (!accept || accept(from + at))) return true;
    }
  }
  return false;
}
