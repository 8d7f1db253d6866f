// Pages arrive in NFC or NFD, with old or new tone placement and look-alike letters. Matching runs on one canonical,
// lower-cased form; offsets found there are mapped back to the text exactly as given.
import { DECOMPOSED, DOUBLE_SPACE, INVISIBLE, LOOKALIKE, NBSP_OR_TAB, ODD_SPACE, SYMBOLS, Y_TILDE, textOddities } from './text-oddities.ts';
import { noteFreeOfSymbols } from './vocabulary/any-char.ts';
import { letterAt, letterBefore } from './vocabulary/word-boundary.ts';
import { tabsToCellBorders } from './tab-table-rows.ts';

export interface NormalisedText {
  /** Canonical text: NFC, tone on the first vowel of oa/oe/uy (hòa, thủy), Đ for Ð, plain spaces. */
  text: string;
  /** `text` lower-cased, same length. */
  lower: string;
  /** Offset in the original text of each offset in `text` (length text.length + 1). Undefined when identical. */
  map?: Int32Array;
}

// Old-style placement puts the tone on the second vowel of an open oa/oe/uy syllable (hoà, thuỷ); papers mix both.
const TONE_MOVES: Record<string, string> = {};
{
  const tones = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
  const pairs: Array<[string, string]> = [['o', 'a'], ['o', 'e'], ['u', 'y'], ['O', 'A'], ['O', 'E'], ['U', 'Y'], ['O', 'a'], ['O', 'e'], ['U', 'y']];
  for (const [first, second] of pairs) {
    for (const tone of tones) {
      TONE_MOVES[(first + second + tone).normalize('NFC')] = (first + tone + second).normalize('NFC');
    }
  }
}
// Where old-style placement can be: a toned a/e/y right after o or u. Every key of TONE_MOVES is such a pair, so
// the text is searched for these and only they are looked up (a regex with a lookbehind would test every position).
const OLD_TONE_HINT = /[oOuU][àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ]/g;
const ODD_SPACES = /[\u2000-\u200a\u202f\u205f\u3000]/g;

export function normalise(original: string): NormalisedText {
  let text = original;
  let map: Int32Array | undefined;
  let oddities = textOddities(original);
  // Decomposed Vietnamese always carries combining marks; text without them needs no composing.
  if (oddities & DECOMPOSED && original.normalize('NFC') !== original) {
    ({ text, map } = composeWithMap(original));
    oddities = textOddities(text);
  }
  if (oddities & NBSP_OR_TAB) text = tabsToCellBorders(text).replaceAll('\u00a0', ' ').replaceAll('\t', ' ');
  if (oddities & ODD_SPACE) text = text.replace(ODD_SPACES, ' ');
  // A zero-width space parts words as a space does; soft hyphens and joiners sit inside words and are dropped.
  if (oddities & INVISIBLE) text = text.replace(/\u200b/g, ' ');
  // A page's text keeps the indentation of its HTML source ("đạt\n        1.400 tỉ đồng" reads as one run of
  // spaces): phrases are matched with single spaces, so each run becomes one, and the map keeps offsets true.
  // (Before tones are moved: a soft hyphen inside "hoạ(SHY)ch" would look like the end of a syllable.)
  if (oddities & (INVISIBLE | DOUBLE_SPACE)) ({ text, map } = squeeze(text, map, (oddities & INVISIBLE) !== 0));
  // The rest keeps lengths, so the map (if any) stays valid; moving tones adds or removes no look-alike or space.
  text = moveTones(text);
  if (oddities & Y_TILDE) text = iForY(text);
  text = quyForQui(text);
  if (oddities & LOOKALIKE) text = text.replace(/\u00d0/g, 'Đ').replace(/\u00f0(?=[\p{L}])/gu, 'đ');
  let lower = text.toLowerCase();
  if (lower.length !== text.length) lower = lowerKeepingLength(text);
  if (text.includes('\n')) {
    const joined = joinSoftWraps(text, lower);
    if (joined) ({ text, lower } = joined);
  }
  // None of the steps above adds a symbol (composing, re-spacing, re-toning and lower-casing stay out of that block).
  if (!(oddities & SYMBOLS)) noteFreeOfSymbols(lower);
  return { text, lower, map };
}

/**
 * Text wrapped by hand or by <br> inside a paragraph ("ước đạt 3.475\nnghìn lượt khách, tăng 14,8%") breaks a sentence
 * where no sentence ends: a line break after no closing mark and before a lower-case letter is read as a space (same
 * length, so offsets hold). Paragraphs open with a capital, a digit or a bullet, and headings end without a mark
 * before one, so neither is joined.
 */
const LOWER_CASE_LETTER = /\p{Ll}/u;
const WRAPPED_AFTER = /[\p{L}\p{M}\d,]/u;

function joinSoftWraps(text: string, lower: string): { text: string; lower: string } | undefined {
  let textOut = '';
  let lowerOut = '';
  let copied = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    if (i === 0 || i + 1 >= text.length) continue;
    // Most breaks end a paragraph: another break, a capital, a digit or a bullet follows (no regex needed for those).
    const next = text.charCodeAt(i + 1);
    if (next < 97 || (next > 122 && next < 0xc0 && next !== 0xb5)) continue;
    // By code point: a letter outside the basic plane is two code units.
    const low = text.charCodeAt(i - 1);
    const high = i >= 2 ? text.charCodeAt(i - 2) : 0;
    const before = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? i - 2 : i - 1;
    if (!LOWER_CASE_LETTER.test(String.fromCodePoint(text.codePointAt(i + 1)!)) || !WRAPPED_AFTER.test(String.fromCodePoint(text.codePointAt(before)!))) continue;
    textOut += text.slice(copied, i) + ' ';
    lowerOut += lower.slice(copied, i) + ' ';
    copied = i + 1;
  }
  return copied === 0 ? undefined : { text: textOut + text.slice(copied), lower: lowerOut + lower.slice(copied) };
}

/** Moves the tone of an open oa/oe/uy syllable to its first vowel ("hoà" → "hòa"; not after q: "quý" stays). */
function moveTones(text: string): string {
  let out = '';
  let copied = 0;
  OLD_TONE_HINT.lastIndex = 0;
  for (let m = OLD_TONE_HINT.exec(text); m; m = OLD_TONE_HINT.exec(text)) {
    const i = m.index;
    // Only where the syllable ends: "hoàn", "toàn", "khoản" (most hints) keep their tone where it is.
    if (letterAt(text, i + 2)) continue;
    const moved = TONE_MOVES[m[0]];
    if (moved === undefined || text[i - 1] === 'q' || text[i - 1] === 'Q') continue;
    out += text.slice(copied, i) + moved;
    copied = i + 2;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

// "Sĩ" is also written "sỹ" ("bác sỹ", "thạc sỹ"); the lexicon and units spell it one way. Same length, so offsets hold.
// The ỹ of "kỹ", "mỹ", "sỹ" is in most articles: it is found with indexOf, not a regex with a lookbehind.
function iForY(text: string): string {
  let out = '';
  let copied = 0;
  for (const y of ['ỹ', 'Ỹ']) {
    for (let i = text.indexOf(y, 1); i >= 0; i = text.indexOf(y, i + 1)) {
      const s = text[i - 1];
      if ((s !== 's' && s !== 'S') || letterBefore(text, i - 1) || letterAt(text, i + 1)) continue;
      out = out + text.slice(copied, i) + (y === 'ỹ' ? 'ĩ' : 'Ĩ');
      copied = i + 1;
    }
    if (copied) {
      text = out + text.slice(copied);
      out = '';
      copied = 0;
    }
  }
  return text;
}

// "Quý" (a quarter) is also written "quí" ("trong quí I năm nay", "quí 3/2024"); the periods and the lexicon spell it
// one way. Only the whole syllable, same length. Three indexOf scans: the spelling is rare and "í" is in most words.
function quyForQui(text: string): string {
  for (const [qui, quy] of [['quí', 'quý'], ['Quí', 'Quý'], ['QUÍ', 'QUÝ']] as const) {
    let out = '';
    let copied = 0;
    for (let i = text.indexOf(qui); i >= 0; i = text.indexOf(qui, i + 3)) {
      if (letterBefore(text, i) || letterAt(text, i + 3)) continue;
      out += text.slice(copied, i + 2) + quy[2];
      copied = i + 3;
    }
    if (copied) text = out + text.slice(copied);
  }
  return text;
}

/** Whether the code unit is dropped by squeeze: a soft hyphen, a zero-width joiner or non-joiner, a word joiner, a
 *  zero-width no-break space. */
// What squeeze drops: all but the first space of a run of spaces, and every invisible character (soft hyphen, zero-width
// joiner or non-joiner, word joiner, zero-width no-break space). Found by a regex, so the text between (nearly all of
// it) is copied, not walked character by character. Runs are maximal, so no kept space stands right before one.
const SQUEEZED = /[ \u00ad\u200c\u200d\u2060\ufeff]{2,}|[\u00ad\u200c\u200d\u2060\ufeff]/g;
const SPACE_RUN = / {2,}/g;

/** 0, 1, 2, … up to at least `length`: shared by every call, grown as texts grow. */
let identity = new Int32Array(0);
function identityOffsets(length: number): Int32Array {
  if (identity.length <= length) {
    identity = new Int32Array(Math.max(length + 1, identity.length * 2));
    for (let i = 0; i < identity.length; i++) identity[i] = i;
  }
  return identity;
}

/** `text` with each run of spaces made one space and invisible characters dropped; `map` (original offsets of
 *  `text`'s, if any) carried over. */
export function squeeze(text: string, map: Int32Array | undefined, invisible = true): { text: string; map: Int32Array } {
  const out = new Int32Array(text.length + 1);
  const parts: string[] = [];
  let n = 0;
  let from = 0;
  // Offsets are copied in blocks, from the identity when there is no map yet: a loop writing one offset at a time here
  // ran 10-35 times slower whenever V8 kept it unoptimised (seen with two copies of the extractor in one process).
  const source = map ?? identityOffsets(text.length);
  const keep = (to: number) => {
    parts.push(text.slice(from, to));
    out.set(source.subarray(from, to), n);
    n += to - from;
  };
  if (!invisible) {
    // Only runs of spaces to find. Not by indexOf('  '): V8 stops at every space of the text to compare the next
    // character (a fifth of all characters), ~6 times slower over an article than this pattern of one character.
    SPACE_RUN.lastIndex = 0;
    for (let m = SPACE_RUN.exec(text); m !== null; m = SPACE_RUN.exec(text)) {
      keep(m.index);
      parts.push(' ');
      out[n++] = map ? map[m.index]! : m.index;
      from = m.index + m[0].length;
    }
  } else {
    SQUEEZED.lastIndex = 0;
    for (let m = SQUEEZED.exec(text); m !== null; m = SQUEEZED.exec(text)) {
      keep(m.index);
      const space = m[0].indexOf(' ');
      if (space >= 0) {
        parts.push(' ');
        out[n++] = map ? map[m.index + space]! : m.index + space;
      }
      from = m.index + m[0].length;
    }
  }
  keep(text.length);
  out[n] = map ? map[text.length]! : text.length;
  return { text: parts.join(''), map: out.subarray(0, n + 1) };
}

/** Maps an offset in the normalised text back to the original text. */
export function toOriginal(n: NormalisedText, offset: number): number {
  return n.map ? n.map[offset] ?? offset : offset;
}

// Which code units below STABLE_LIMIT are their own NFC form when no mark follows them (Latin, Vietnamese letters,
// punctuation): runs of them are copied, not normalised cluster by cluster. Built on the first decomposed text.
const STABLE_LIMIT = 0x2000;
let stable: Uint8Array | undefined;

function stableTable(): Uint8Array {
  const table = new Uint8Array(STABLE_LIMIT);
  for (let c = 0; c < STABLE_LIMIT; c++) {
    const ch = String.fromCharCode(c);
    table[c] = ch.normalize('NFC') === ch ? 1 : 0;
  }
  return table;
}

function composeWithMap(original: string): { text: string; map: Int32Array } {
  const isStable = (stable ??= stableTable());
  const parts: string[] = [];
  const starts: number[] = [];
  const n = original.length;
  let i = 0;
  while (i < n) {
    let j = i + 1;
    // A cluster is a base character and the combining marks that follow it.
    while (j < n && isCombining(original.charCodeAt(j))) j++;
    const c = original.charCodeAt(i);
    if (j === i + 1 && c < STABLE_LIMIT && isStable[c] === 1) {
      // A run of lone stable characters stays as it is, one offset per character.
      let k = i + 1;
      for (; k < n; k++) {
        const d = original.charCodeAt(k);
        if (d >= STABLE_LIMIT || isStable[d] === 0 || (k + 1 < n && isCombining(original.charCodeAt(k + 1)))) break;
      }
      for (let p = i; p < k; p++) starts.push(p);
      parts.push(original.slice(i, k));
      i = k;
      continue;
    }
    const cluster = original.slice(i, j).normalize('NFC');
    for (let k = 0; k < cluster.length; k++) starts.push(i);
    parts.push(cluster);
    i = j;
  }
  starts.push(n);
  return { text: parts.join(''), map: Int32Array.from(starts) };
}

function isCombining(code: number): boolean {
  return (code >= 0x300 && code <= 0x36f) || (code >= 0x1ab0 && code <= 0x1aff) || (code >= 0x1dc0 && code <= 0x1dff);
}

function lowerKeepingLength(text: string): string {
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}
