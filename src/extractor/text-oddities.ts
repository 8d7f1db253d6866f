// What normalise has to fix in a text, found in one pass over its code units: most articles need none of the
// fix-ups, and three regex tests that fail each read the whole text (~2% of extract() between them).

/** Combining marks: the text may be decomposed (NFD). */
export const DECOMPOSED = 1;
/** Ð or ð, look-alikes of Đ / đ. */
export const LOOKALIKE = 2;
/** No-break, typographic and ideographic spaces, tabs: read as a plain space. */
export const ODD_SPACE = 4;
/** ỹ or Ỹ: "sỹ" may be "sĩ" spelled the other way. */
export const Y_TILDE = 8;
/** Zero-width and soft-hyphen characters that some editors leave in text (U+00AD, U+200B–U+200D, U+2060, U+FEFF). */
export const INVISIBLE = 16;

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
  mark(0x09, 0x09, ODD_SPACE);
  mark(0xa0, 0xa0, ODD_SPACE);
  mark(0x1ef8, 0x1ef9, Y_TILDE);
  mark(0xad, 0xad, INVISIBLE);
  return table;
})();

/** The flags of what `s` holds: what /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff]/, /[\u00d0\u00f0]/,
 *  /[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/, /[ỹỸ]/ and /[\u00ad\u200b-\u200d\u2060\ufeff]/ would find in it. */
export function textOddities(s: string): number {
  let flags = 0;
  for (let i = 0, n = s.length; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < TABLE_SIZE) flags |= TABLE[c]!;
    else if (c <= 0x200a || c === 0x202f || c === 0x205f || c === 0x3000) flags |= ODD_SPACE;
    else if ((c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff) flags |= INVISIBLE;
  }
  return flags;
}
