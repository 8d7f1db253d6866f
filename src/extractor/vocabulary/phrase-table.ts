// Longest-match lookup of fixed phrases at a position of the lower-cased text, keyed by first word so a lookup
// costs a map probe and a few startsWith calls.
import { isWordCode } from './letters.ts';

const WORD = /[\p{L}\p{M}\d²³]+|[^\s\p{L}\p{M}\d]/uy;

export interface PhraseHit<T> {
  phrase: string;
  value: T;
  end: number;
}

export class PhraseTable<T> {
  private readonly byFirstWord = new Map<string, Array<{ phrase: string; value: T }>>();

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [phrase, value] of entries) {
      const first = firstWord(phrase, 0);
      if (!first) continue;
      const list = this.byFirstWord.get(first) ?? [];
      list.push({ phrase, value });
      this.byFirstWord.set(first, list);
    }
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.phrase.length - a.phrase.length);
  }

  /** The longest phrase starting exactly at `pos` and ending at a word boundary. */
  matchAt(lower: string, pos: number): PhraseHit<T> | undefined {
    const first = firstWord(lower, pos);
    if (!first) return undefined;
    const list = this.byFirstWord.get(first);
    if (!list) return undefined;
    for (const { phrase, value } of list) {
      if (lower.startsWith(phrase, pos) && isBoundary(lower, pos + phrase.length, phrase)) {
        return { phrase, value, end: pos + phrase.length };
      }
    }
    return undefined;
  }
}

function firstWord(s: string, pos: number): string | undefined {
  WORD.lastIndex = pos;
  return WORD.exec(s)?.[0];
}

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && isWordCode(ch.charCodeAt(0));
}

function isBoundary(s: string, end: number, phrase: string): boolean {
  const last = phrase[phrase.length - 1];
  // Phrases ending in punctuation ("%", "tp.") need no boundary after them.
  if (!isWordChar(last)) return true;
  return !isWordChar(s[end]);
}

/** Skips spaces (not line breaks) from `pos`. */
export function skipSpaces(s: string, pos: number): number {
  while (pos < s.length && (s[pos] === ' ')) pos++;
  return pos;
}
