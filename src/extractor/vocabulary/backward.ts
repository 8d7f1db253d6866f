// Matching phrases that END at a position, for reading the words just before a number. Phrases are indexed by their
// last word, so a lookup is one map probe and a few comparisons however long the phrase list is. The key is a hash of
// the word, computed in place, so a lookup builds no string; a phrase under a colliding key cannot match, because a
// phrase that matches ends with the very word found in the text.
import { isSpaceCode, isWordCode } from './letters.ts';
import { hashOf } from './word-hash.ts';

export interface BackHit {
  phrase: string;
  /** Where the phrase starts. */
  start: number;
}

interface Index {
  /** By hashOf(last word), longest first. */
  byLastWord: Map<number, string[]>;
  /** Phrases that end in punctuation ("đt:"): checked one by one. */
  other: string[];
}

const indexes = new WeakMap<readonly string[], Index>();
const LETTERS = /[\p{L}\p{M}\d]+$/u;

function indexOf(phrases: readonly string[]): Index {
  let index = indexes.get(phrases);
  if (!index) {
    index = { byLastWord: new Map(), other: [] };
    for (const phrase of [...phrases].sort((a, b) => b.length - a.length)) {
      const last = LETTERS.exec(phrase)?.[0];
      if (!last || !phrase.endsWith(last)) {
        index.other.push(phrase);
        continue;
      }
      const key = hashOf(last, 0, last.length);
      const list = index.byLastWord.get(key) ?? [];
      list.push(phrase);
      index.byLastWord.set(key, list);
    }
    indexes.set(phrases, index);
  }
  return index;
}

/** The longest phrase of `phrases` that ends right before `pos` (spaces skipped), starting at a word boundary. */
export function endsWithPhrase(lower: string, pos: number, phrases: readonly string[]): BackHit | undefined {
  let end = pos;
  while (end > 0 && lower[end - 1] === ' ') end--;
  const index = indexOf(phrases);
  let wordStart = end;
  while (wordStart > 0 && isWordCode(lower.charCodeAt(wordStart - 1))) wordStart--;
  const candidates = wordStart < end ? index.byLastWord.get(hashOf(lower, wordStart, end)) : undefined;
  return (candidates && longestEnding(lower, end, candidates)) ?? longestEnding(lower, end, index.other);
}

function longestEnding(lower: string, end: number, phrases: readonly string[]): BackHit | undefined {
  for (const phrase of phrases) {
    const start = end - phrase.length;
    if (start < 0) continue;
    if (lower.startsWith(phrase, start) && !isWordCode(lower.charCodeAt(start - 1))) return { phrase, start };
  }
  return undefined;
}

/**
 * Whether the `reach` characters before `at` end with one of `endings` (after any trailing white space when
 * `afterSpace`): what `(?:a|b|…)$` (or `(?:a|b|…)\s*$`) answered on that window, compared in place instead of
 * running an end-anchored regex from every position of a window cut out for it. With `afterSpace`, no ending may
 * itself end in white space.
 */
export function windowEndsWith(lower: string, at: number, reach: number, endings: readonly string[], afterSpace = false): boolean {
  const from = Math.max(0, at - reach);
  let end = at;
  if (afterSpace) while (end > from && isSpaceCode(lower.charCodeAt(end - 1))) end--;
  const index = endingsIndex(endings);
  if (index.empty) return true;
  const candidates = end > 0 ? index.byLastUnit.get(lower.charCodeAt(end - 1)) : undefined;
  if (candidates) for (const ending of candidates) if (end - ending.length >= from && lower.startsWith(ending, end - ending.length)) return true;
  return false;
}

// Endings by their last code unit: only those that can end where the window ends are compared (the lists run to
// dozens of phrases, and the window ends on one character).
interface EndingsIndex {
  byLastUnit: Map<number, string[]>;
  /** An empty ending ends every window. */
  empty: boolean;
}

const endingsIndexes = new WeakMap<readonly string[], EndingsIndex>();

function endingsIndex(endings: readonly string[]): EndingsIndex {
  let index = endingsIndexes.get(endings);
  if (!index) {
    index = { byLastUnit: new Map(), empty: false };
    for (const ending of endings) {
      if (ending === '') {
        index.empty = true;
        continue;
      }
      const last = ending.charCodeAt(ending.length - 1);
      const list = index.byLastUnit.get(last) ?? [];
      list.push(ending);
      index.byLastUnit.set(last, list);
    }
    endingsIndexes.set(endings, index);
  }
  return index;
}
