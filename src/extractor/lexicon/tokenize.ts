// Word tokens for the lexicon matchers. A token is a maximal run of letters, marks and digits, so "hộ" never
// matches inside "hộp". Each token records how it is separated from the previous one, because a phrase may
// cross a space or a hyphen ("kt-xh", "bác sĩ/vạn dân") but never a full stop or a bracket.

import { normalise } from '../normalise.ts';
import { codeUnitTable } from '../vocabulary/code-unit-table.ts';
import { hashOf } from '../vocabulary/word-hash.ts';

/** Only spaces between the tokens. */
export const SEP_SPACE = 0;
/** Spaces plus hyphens, dashes, slashes or apostrophes: "kt-xh", "kt - xh", "bác sĩ/vạn dân", "ea h'leo". */
export const SEP_JOIN = 1;
/** A single comma (with optional spaces) between words: "nông, lâm, thủy sản". */
export const SEP_COMMA = 2;
/** A "." or "," between two digit runs: "1.400", "0,69". */
export const SEP_NUM = 3;
/** Anything else: sentence punctuation, brackets, line breaks, the start of the text. */
export const SEP_BREAK = 4;
export type Sep = typeof SEP_SPACE | typeof SEP_JOIN | typeof SEP_COMMA | typeof SEP_NUM | typeof SEP_BREAK;

export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** How this token is separated from the previous one. */
  readonly sep: Sep;
}

// Which UTF-16 code units are word characters (letters, marks, digits), as a table built once: a regex per
// character would dominate the scan. Code units past the table are asked of the regex (rare in Vietnamese text).
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const TABLE_SIZE = 0x3000;
const WORD_TABLE = codeUnitTable(TABLE_SIZE, [[WORD_CHAR.source, 1]]);

function isWordChar(s: string, k: number): boolean {
  const c = s.charCodeAt(k);
  if (c < TABLE_SIZE) return WORD_TABLE[c] === 1;
  if (c >= 0xd800 && c <= 0xdbff) return WORD_CHAR.test(s.slice(k, k + 2));
  if (c >= 0xdc00 && c <= 0xdfff) return k > 0 && WORD_CHAR.test(s.slice(k - 1, k + 1));
  return WORD_CHAR.test(s[k]!);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function classify(s: string, from: number, to: number): Sep {
  // Most words are apart by one plain space.
  if (to - from === 1 && s.charCodeAt(from) === 32) return SEP_SPACE;
  let join = false;
  let commas = 0;
  let dots = 0;
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    if (c === 32 || c === 9 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000) continue;
    if (c === 45 || c === 0x2010 || c === 0x2011 || c === 0x2013 || c === 0x2014 || c === 47 || c === 39 || c === 0x2019) {
      join = true;
      continue;
    }
    if (c === 44) {
      commas++;
      continue;
    }
    if (c === 46) {
      dots++;
      continue;
    }
    return SEP_BREAK;
  }
  if (dots > 0 || commas > 0) {
    const numeric = to - from === 1 && isDigit(s.charCodeAt(from - 1)) && isDigit(s.charCodeAt(to));
    if (numeric) return SEP_NUM;
    if (dots > 0 || commas > 1 || join) return SEP_BREAK;
    return SEP_COMMA;
  }
  return join ? SEP_JOIN : SEP_SPACE;
}

const WORD_RUN = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * Splits lowercased, normalised text into word tokens as objects; linear in the length of the text. Used on
 * short strings (phrases, names, units); the matchers scan long text with scanTokens.
 */
export function tokenize(s: string): Token[] {
  const out: Token[] = [];
  let prevEnd = -1;
  WORD_RUN.lastIndex = 0;
  for (let m = WORD_RUN.exec(s); m !== null; m = WORD_RUN.exec(s)) {
    const start = m.index;
    const end = start + m[0].length;
    out.push({ text: m[0], start, end, sep: prevEnd < 0 ? SEP_BREAK : classify(s, prevEnd, start) });
    prevEnd = end;
  }
  return out;
}

// The words the tries know, each with a number. The scanner hashes every token as it reads it and looks the
// hash up here, so a token that no phrase uses costs no string at all.
const vocabWords: string[] = [];
const vocabByHash = new Map<number, number[]>();

/** Calls `visit` for each word token of `s` (start, end, sep) without building objects; for building tries. */
export function eachToken(s: string, visit: (from: number, to: number, sep: Sep) => void): void {
  const n = s.length;
  let prevEnd = -1;
  let k = 0;
  while (k < n) {
    if (!isWordChar(s, k)) {
      k++;
      continue;
    }
    const from = k;
    while (k < n && isWordChar(s, k)) k++;
    visit(from, k, prevEnd < 0 ? SEP_BREAK : classify(s, prevEnd, from));
    prevEnd = k;
  }
}

/** The vocabulary number of s[from, to), adding the word if new. */
export function internRange(s: string, from: number, to: number): number {
  const id = lookupWord(s, from, to, hashOf(s, from, to));
  return id >= 0 ? id : internWord(s.slice(from, to));
}

/** The number of a word, adding it to the vocabulary if new. Called while the tries are built. */
export function internWord(word: string): number {
  const h = hashOf(word, 0, word.length);
  const ids = vocabByHash.get(h);
  if (ids !== undefined) {
    for (const id of ids) if (vocabWords[id] === word) return id;
  }
  const id = vocabWords.length;
  vocabWords.push(word);
  if (ids === undefined) vocabByHash.set(h, [id]);
  else ids.push(id);
  return id;
}

function lookupWord(s: string, from: number, to: number, h: number): number {
  const ids = vocabByHash.get(h);
  if (ids === undefined) return -1;
  for (const id of ids) {
    const w = vocabWords[id]!;
    if (w.length === to - from && s.startsWith(w, from)) return id;
  }
  return -1;
}

// The scanner's view of the vocabulary: an open-addressing table of word numbers by hash, rebuilt when the
// vocabulary has grown (only while tries are built), so a token costs a probe or two and no Map lookup.
let slots = new Int32Array(0);
let slotMask = 0;
let slotsFor = -1;

function ensureSlots(): void {
  if (slotsFor === vocabWords.length) return;
  let size = 16;
  while (size < vocabWords.length * 4) size *= 2;
  slots = new Int32Array(size).fill(-1);
  slotMask = size - 1;
  vocabWords.forEach((w, id) => {
    let k = hashOf(w, 0, w.length) & slotMask;
    while (slots[k]! >= 0) k = (k + 1) & slotMask;
    slots[k] = id;
  });
  slotsFor = vocabWords.length;
}

function scanLookup(s: string, from: number, to: number, h: number): number {
  for (let k = h & slotMask; ; k = (k + 1) & slotMask) {
    const id = slots[k]!;
    if (id < 0) return -1;
    const w = vocabWords[id]!;
    if (w.length === to - from && s.startsWith(w, from)) return id;
  }
}

/** Tokens as parallel arrays, for the matchers: no object and no string per token. */
export interface TokenStream {
  readonly source: string;
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Sep of each token (SEP_*). */
  readonly sep: Uint8Array;
  /** Vocabulary number of each token, -1 when no phrase uses the word. */
  readonly word: Int32Array;
  /** Vocabulary size when scanned; a stream scanned before a trie was built is scanned again. */
  readonly vocabSize: number;
}

const NOT_SPACE = /[^ ]/g;

/**
 * Scans `s` once into a TokenStream. Pass the same stream to both matchers to scan once. `wordChars`: how many of
 * the characters of `s` are not blanked out (relevantText.ts turns whole paragraphs into spaces), to size the arrays.
 */
export function scanTokens(s: string, wordChars = s.length): TokenStream {
  ensureSlots();
  const n = s.length;
  // About one token per four or five characters of Vietnamese: sized so that most texts never grow the arrays. The
  // buffer is zero-filled and counted as external memory (which brings on collections): blanks are not sized for.
  let cap = Math.max(16, Math.min(n, wordChars) >> 2);
  // One buffer for the four arrays: a typed array this large is allocated outside the heap, at a cost per buffer.
  const buffer = new ArrayBuffer(cap * 13);
  let start = new Int32Array(buffer, 0, cap);
  let end = new Int32Array(buffer, cap * 4, cap);
  let word = new Int32Array(buffer, cap * 8, cap);
  let sep = new Uint8Array(buffer, cap * 12, cap);
  let count = 0;
  let prevEnd = -1;
  let k = 0;
  while (k < n) {
    let c = s.charCodeAt(k);
    if (c < TABLE_SIZE ? WORD_TABLE[c] === 0 : !isWordChar(s, k)) {
      // The paragraphs relevantText blanks are long runs of spaces: skipped by a native search, not code unit by unit.
      if (c === 32 && s.charCodeAt(k + 1) === 32) {
        NOT_SPACE.lastIndex = k + 2;
        k = NOT_SPACE.test(s) ? NOT_SPACE.lastIndex - 1 : n;
        continue;
      }
      k++;
      continue;
    }
    const from = k;
    let h = 0;
    while (k < n) {
      c = s.charCodeAt(k);
      if (c < TABLE_SIZE ? WORD_TABLE[c] === 0 : !isWordChar(s, k)) break;
      h = (Math.imul(h, 31) + c) | 0;
      k++;
    }
    if (count === cap) {
      cap *= 2;
      const grow = <A extends Int32Array | Uint8Array>(a: A, b: A): A => (b.set(a), b);
      start = grow(start, new Int32Array(cap));
      end = grow(end, new Int32Array(cap));
      sep = grow(sep, new Uint8Array(cap));
      word = grow(word, new Int32Array(cap));
    }
    start[count] = from;
    end[count] = k;
    // Most words are apart by one plain space.
    sep[count] = prevEnd < 0 ? SEP_BREAK : from - prevEnd === 1 && s.charCodeAt(prevEnd) === 32 ? SEP_SPACE : classify(s, prevEnd, from);
    word[count] = scanLookup(s, from, k, h);
    count++;
    prevEnd = k;
  }
  return { source: s, count, start, end, sep, word, vocabSize: vocabWords.length };
}

/** The stream to use for `s`: the one given if it was scanned from `s` with today's vocabulary, else a new one. */
export function streamFor(s: string, given?: TokenStream): TokenStream {
  return given !== undefined && given.source === s && given.vocabSize === vocabWords.length ? given : scanTokens(s);
}

export function tokenText(ts: TokenStream, i: number): string {
  return ts.source.slice(ts.start[i]!, ts.end[i]!);
}

/**
 * The extractor's canonical form (normalise.ts: NFC, tone on the first vowel of a final oa / oe / uy, "hoà" → "hòa",
 * "thuỷ" → "thủy") applied to the lexicon's own data, so a phrase typed either way matches the normalised text.
 */
export function canonicalTones(text: string): string {
  return normalise(text).text;
}

/** Lowercase, NFC, canonical tones, Ð → đ, collapsed spaces: the form the matchers expect. */
export function normaliseKey(text: string): string {
  return canonicalTones(text.replace(/\u00d0/g, 'Đ').toLowerCase())
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}
