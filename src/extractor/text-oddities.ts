// What normalise has to fix in a text, found in one pass over its code units: most articles need none of the
// fix-ups, and three regex tests that fail each read the whole text (~2% of extract() between them).

/** Combining marks: the text may be decomposed (NFD). */
export const DECOMPOSED = 1;
/** Ð or ð, look-alikes of Đ / đ. */
export const LOOKALIKE = 2;
/** Typographic and ideographic spaces (U+2000–U+200A, U+202F, U+205F, U+3000): read as a plain space. */
export const ODD_SPACE = 4;
/** ỹ or Ỹ: "sỹ" may be "sĩ" spelled the other way. */
export const Y_TILDE = 8;
/** Zero-width and soft-hyphen characters that some editors leave in text (U+00AD, U+200B–U+200D, U+2060, U+FEFF). */
export const INVISIBLE = 16;
/** No-break spaces and tabs, the odd spaces nearly every page has: replaced without a regex. */
export const NBSP_OR_TAB = 32;
/** Arrows, geometric shapes, dingbats (U+2190–U+2BFF): the roundup marks and the arrows of a table are among them. */
export const SYMBOLS = 256;
/** A space or a code unit read as one: only to find runs, never returned. */
const SPACE = 64;
/** Two spaces in a row, counting what is read as a space (a page's indented HTML source): runs are squeezed. */
export const DOUBLE_SPACE = SPACE << 1;

// Flags of the code units below TABLE_SIZE; those above are tested by range (only odd spaces live there).
const TABLE_SIZE = 0x2000;
const TABLE = (() => {
  const table = new Uint8Array(TABLE_SIZE);
  const mark = (from: number, to: number, flag: number) => {
    for (let c = from; c <= to; c++) table[c]! |= flag;
  };
  mark(0x300, 0x36f, DECOMPOSED);
  mark(0x1ab0, 0x1aff, DECOMPOSED);
  mark(0x1dc0, 0x1dff, DECOMPOSED);
  mark(0xd0, 0xd0, LOOKALIKE);
  mark(0xf0, 0xf0, LOOKALIKE);
  mark(0x20, 0x20, SPACE);
  mark(0x09, 0x09, NBSP_OR_TAB | SPACE);
  mark(0xa0, 0xa0, NBSP_OR_TAB | SPACE);
  mark(0x1ef8, 0x1ef9, Y_TILDE);
  mark(0xad, 0xad, INVISIBLE);
  return table;
})();

/** The flags of what `s` holds: what /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff]/, /[\u00d0\u00f0]/,
 *  /[\u2000-\u200a\u202f\u205f\u3000]/, /[\u00a0\t]/, /[ỹỸ]/, /[\u00ad\u200b-\u200d\u2060\ufeff]/, /[\u2190-\u2bff]/ would find
 *  in it, and whether two spaces (plain or odd) stand together. */
export function textOddities(s: string): number {
  let flags = 0;
  let before = 0;
  for (let i = 0, n = s.length; i < n; i++) {
    const c = s.charCodeAt(i);
    let flag = 0;
    if (c < TABLE_SIZE) flag = TABLE[c]!;
    else if (c <= 0x200a || c === 0x202f || c === 0x205f || c === 0x3000) flag = ODD_SPACE | SPACE;
    else if ((c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff) flag = INVISIBLE;
    else if (c >= 0x2190 && c <= 0x2bff) flag = SYMBOLS;
    // A space after a space sets DOUBLE_SPACE (SPACE's bit shifted once), without a branch.
    flags |= flag | ((flag & before & SPACE) << 1);
    before = flag;
  }
  return flags & ~SPACE;
}
