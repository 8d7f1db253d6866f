// Word tokens for the lexicon matchers. A token is a maximal run of letters, marks and digits, so "hộ" never
// matches inside "hộp". Each token records how it is separated from the previous one, because a phrase may
// cross a space or a hyphen ("kt-xh", "bác sĩ/vạn dân") but never a full stop or a bracket.

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

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function classify(s: string, from: number, to: number): Sep {
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

/** Splits lowercased, normalised text into word tokens; linear in the length of the text. */
export function tokenize(s: string): Token[] {
  const out: Token[] = [];
  let prevEnd = -1;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(s); m !== null; m = WORD.exec(s)) {
    const start = m.index;
    const end = start + m[0].length;
    out.push({ text: m[0], start, end, sep: prevEnd < 0 ? SEP_BREAK : classify(s, prevEnd, start) });
    prevEnd = end;
  }
  return out;
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

function placeTone(word: string): string {
  const d = word.normalize('NFD');
  const tones = d.match(TONE_MARKS);
  if (tones === null || tones.length !== 1) return word;
  const base = d.replace(TONE_MARKS, '');
  const lower = base.toLowerCase();
  // Only a syllable that ends in the open nucleus oa / oe / uy (not "quy", where u belongs to the consonant) moves.
  const open = /(?:o[ae]|uy)$/.test(lower) && !/qu[y]$/.test(lower);
  if (!open) return word;
  const at = base.length - 2;
  return (base.slice(0, at + 1) + tones[0] + base.slice(at + 1)).normalize('NFC');
}

/**
 * Puts tone marks where the extractor's normaliser puts them: on the first vowel of a final oa / oe / uy
 * ("hoà" → "hòa", "thuỷ" → "thủy", "khoẻ" → "khỏe"), and NFC. Used on the lexicon's own data so that a phrase
 * typed either way matches the normalised text.
 */
export function canonicalTones(text: string): string {
  return text.normalize('NFC').replace(/[\p{L}\p{M}]+/gu, placeTone);
}

/** Lowercase, NFC, canonical tones, Ð → đ, collapsed spaces: the form the matchers expect. */
export function normaliseKey(text: string): string {
  return canonicalTones(text.replace(/\u00d0/g, 'Đ').toLowerCase())
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}
