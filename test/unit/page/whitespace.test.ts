// The regex-free whitespace readers of a first visit (src/page/whitespace.ts) answer exactly as the patterns they
// stand for, on fixed cases and on generated strings made of every kind of whitespace.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasNonSpace, isSpace, layoutSpacesAsSpaces, squashSpaces } from '../../../src/page/whitespace.ts';

const SPACES = ['\t', '\n', '\v', '\f', '\r', ' ', '\u00a0', '\u1680', '\u2000', '\u2005', '\u200a', '\u2028', '\u2029',
  '\u202f', '\u205f', '\u3000', '\ufeff'];
// Characters next to whitespace that \s does not match.
const NOT_SPACES = ['a', 'đ', '1', '\u200b', '\u180e', '\u0085', '\u001f', '\u0008', '\u200c', '\ud83d', '\ude00'];
const text = fc.array(fc.constantFrom(...SPACES, ...NOT_SPACES), { maxLength: 24 }).map((cs) => cs.join(''));

describe('whitespace without regular expressions', () => {
  it('isSpace is \\s, over the whole Basic Multilingual Plane', () => {
    // One assertion over the plane: an expect per character costs seconds on a loaded machine.
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c.toString(16));
    expect(differ).toEqual([]);
  });

  it('hasNonSpace is /\\S/.test', () => {
    for (const s of ['', ' ', '\n\n', 'a', ' a ', '\u00a0', '\u200b', ...SPACES, ...NOT_SPACES]) expect(hasNonSpace(s), JSON.stringify(s)).toBe(/\S/.test(s));
    // (Properties return a boolean: fast-check reports the shrunk counterexample, without an expect per run.)
    fc.assert(fc.property(text, (s) => hasNonSpace(s) === /\S/.test(s)), { numRuns: 20_000 });
  });

  it("squashSpaces is .replace(/\\s+/g, ' ').trim(), and gives back a string that is squashed already", () => {
    const clean = 'Kinh tế - xã hội năm 2023 đạt nhiều kết quả';
    expect(squashSpaces(clean)).toBe(clean);
    for (const s of ['', ' ', '  a  ', 'a  b', 'a\nb', '\ta\u00a0\u00a0b\u3000', 'a b', ' a', 'a ', clean]) {
      expect(squashSpaces(s), JSON.stringify(s)).toBe(s.replace(/\s+/g, ' ').trim());
    }
    fc.assert(fc.property(text, (s) => squashSpaces(s) === s.replace(/\s+/g, ' ').trim()), { numRuns: 20_000 });
    fc.assert(fc.property(fc.string({ maxLength: 30 }), (s) => squashSpaces(s) === s.replace(/\s+/g, ' ').trim()), { numRuns: 5_000 });
  });

  it("layoutSpacesAsSpaces is .replace(/[\\t\\n\\r\\f]/g, ' '), the same length", () => {
    fc.assert(fc.property(text, (s) => {
      const out = layoutSpacesAsSpaces(s);
      return out === s.replace(/[\t\n\r\f]/g, ' ') && out.length === s.length;
    }), { numRuns: 20_000 });
  });
});
