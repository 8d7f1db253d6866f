// Longest-match lookup of fixed phrases at a position of the lower-cased text, keyed by first word so a lookup
// costs a map probe and a few startsWith calls.
import { codeUnitTable } from './code-unit-table.ts';
import { isWordCode } from './letters.ts';

const WORD = /[\p{L}\p{M}\d²³]+|[^\s\p{L}\p{M}\d]/uy;
// WORD's classes for the code units below TABLE_SIZE, so a lookup reads the first word without running the regex
// (it runs at every number, several times); rarer scripts and surrogates still go through WORD.
const TABLE_SIZE = 0x3000;
const OTHER = 0;
const IN_WORD = 1;
const SPACE = 2;
const CLASS_OF = codeUnitTable(TABLE_SIZE, [
  ['\\s', SPACE],
  ['[\\p{L}\\p{M}\\d²³]', IN_WORD],
]);

export interface PhraseHit<T> {
  phrase: string;
  value: T;
  end: number;
}

export class PhraseTable<T> {
  private readonly byFirstWord = new Map<string, Array<{ phrase: string; value: T; bounded: boolean }>>();

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [phrase, value] of entries) {
      const first = firstWord(phrase, 0);
      if (!first) continue;
      const list = this.byFirstWord.get(first) ?? [];
      // Phrases ending in punctuation ("%", "tp.") need no boundary after them.
      list.push({ phrase, value, bounded: isWordChar(phrase[phrase.length - 1]) });
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
    for (const { phrase, value, bounded } of list) {
      if (lower.startsWith(phrase, pos) && (!bounded || !isWordChar(lower[pos + phrase.length]))) {
        return { phrase, value, end: pos + phrase.length };
      }
    }
    return undefined;
  }
}

function firstWord(s: string, pos: number): string | undefined {
  const n = s.length;
  if (pos >= n) return undefined;
  const c = s.charCodeAt(pos);
  if (c >= TABLE_SIZE) return firstWordByRegex(s, pos);
  const cls = CLASS_OF[c];
  if (cls === SPACE) return undefined;
  if (cls === OTHER) return s[pos];
  let end = pos + 1;
  for (; end < n; end++) {
    const d = s.charCodeAt(end);
    if (d >= TABLE_SIZE) return firstWordByRegex(s, pos);
    if (CLASS_OF[d] !== IN_WORD) break;
  }
  return s.slice(pos, end);
}

function firstWordByRegex(s: string, pos: number): string | undefined {
  WORD.lastIndex = pos;
  return WORD.exec(s)?.[0];
}

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && isWordCode(ch.charCodeAt(0));
}

/** Skips spaces (not line breaks) from `pos`. */
export function skipSpaces(s: string, pos: number): number {
  while (pos < s.length && (s[pos] === ' ')) pos++;
  return pos;
}
