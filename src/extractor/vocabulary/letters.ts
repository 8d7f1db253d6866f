// Is this a letter? Asked millions of times per page, so Vietnamese script is answered by code ranges and only rare
// scripts fall back to a Unicode property test.

const LETTER = /[\p{L}\p{M}]/u;

export function isLetterCode(code: number): boolean {
  if (code < 0x41 || Number.isNaN(code)) return false;
  if (code <= 0x7a) return code <= 0x5a || code >= 0x61;
  if (code < 0xc0) return code === 0xaa || code === 0xb5 || code === 0xba;
  if (code <= 0x24f) return code !== 0xd7 && code !== 0xf7;
  // Combining marks (NFD text) and Latin Extended Additional, where the precomposed Vietnamese letters live.
  if ((code >= 0x300 && code <= 0x36f) || (code >= 0x1e00 && code <= 0x1eff)) return true;
  return LETTER.test(String.fromCharCode(code));
}

export function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && isLetterCode(ch.charCodeAt(0));
}

/** Letters and digits: what a word is made of. */
export function isWordCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || isLetterCode(code);
}

/** What /\s/ matches, for one code unit (white space and line ends): asked character by character in the backward walks
 *  over the spaces before a number, where a regex test on a one-character string cost a call and a string each. */
export function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f ||
    code === 0x205f || code === 0x3000 || code === 0xfeff;
}
