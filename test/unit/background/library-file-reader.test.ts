// The import reader takes a file in pieces of any size and must accept exactly what JSON.parse accepts, with the
// same records, whatever the layout; and it must say why a file is refused in the same words as before.
import './helpers.ts';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { JsonMemberScanner } from '../../../src/background/library/json-member-scanner.ts';
import { LibraryFileReader, parseLibraryFile } from '../../../src/background/library/library-file-reader.ts';

/** What the scanner hands over, rebuilt into the object it read. */
function scan(pieces: string[]): unknown {
  const top: Record<string, unknown> = {};
  let list: unknown[] = [];
  const s = new JsonMemberScanner({
    member: (k, v) => { Object.defineProperty(top, k, { value: v, enumerable: true, writable: true, configurable: true }); },
    arrayStart: (k) => { Object.defineProperty(top, k, { value: (list = []), enumerable: true, writable: true, configurable: true }); },
    element: (_k, i, v) => { list[i] = v; },
  });
  for (const p of pieces) s.push(p);
  const r = s.finish();
  return r.object ? top : r.value;
}

function cut(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

const verdict = (f: () => unknown) => { try { return { ok: true, value: f() }; } catch (e) { return { ok: false, syntax: e instanceof SyntaxError }; } };

describe('JSON member scanner', () => {
  it('reads any JSON object the way JSON.parse does, however the text is cut and laid out', () => {
    fc.assert(fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.integer({ min: 1, max: 40 }), fc.constantFrom(0, 1, '\t'), (obj, size, indent) => {
      const text = JSON.stringify(obj, null, indent === 0 ? undefined : indent);
      const expected = JSON.parse(text) as unknown;
      expect(scan([text])).toEqual(expected);
      expect(scan(cut(text, size))).toEqual(expected);
    }), { numRuns: 300 });
  });

  it('refuses what JSON.parse refuses (truncated, extra or changed characters), wherever the text is cut', () => {
    fc.assert(fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', '\\', '[', '{', ':', 'x', ' '), fc.integer({ min: 1, max: 20 }),
      (obj, at, insert, size) => {
        const good = JSON.stringify(obj);
        const i = at % (good.length + 1);
        for (const text of [good.slice(0, i), good.slice(0, i) + insert + good.slice(i), good.slice(0, i) + insert + good.slice(i + 1)]) {
          const expected = verdict(() => JSON.parse(text));
          const got = verdict(() => scan(cut(text, size)));
          expect(got.ok, text).toBe(expected.ok);
          if (expected.ok) expect(got.value).toEqual(expected.value);
          else expect(got.syntax).toBe(true);
        }
      }), { numRuns: 500 });
  });

  it('takes a byte-order mark only at the very start', () => {
    expect(scan(['\uFEFF{"a":[1]}'])).toEqual({ a: [1] });
    expect(() => scan([' ', '\uFEFF{"a":1}'])).toThrow(SyntaxError);
  });
});

describe('library file reader', () => {
  const file = {
    format: 'soi-so-library', version: 1, exportedAt: null,
    articles: [{ id: 'https://a.vn/x', url: 'https://a.vn/x', site: 'a.vn', firstSeen: 1, lastSeen: 2, extractorVersion: '1' }],
    corrections: [],
    figures: [{ id: 'f1', articleId: 'https://a.vn/x', seriesKey: 'cpi|tỉnh Bến Tre', start: 0, end: 2, text: '5%', kind: 'level', value: 5,
      indicator: 'cpi', locality: 'tỉnh Bến Tre', anchor: { exact: '5%', prefix: '', suffix: '' }, extractorVersion: '1', origin: 'machine' }],
    settings: [],
  };

  it('gives the same file from pieces as from the whole text', () => {
    const text = JSON.stringify(file, null, 2);
    const whole = parseLibraryFile(text);
    expect(whole).toEqual(file);
    for (const size of [1, 7, 64]) {
      const r = new LibraryFileReader();
      for (const p of cut(text, size)) r.push(p);
      expect(r.finish()).toEqual(whole);
    }
  });

  it('says what is wrong in the order a person needs it', () => {
    const reason = (text: string) => { try { parseLibraryFile(text); return 'accepted'; } catch (e) { return (e as Error).message; } };
    expect(reason(`${JSON.stringify(file).slice(0, -1)}`)).toMatch(/not a JSON file/);
    expect(reason('[1,2,3]')).toMatch(/not a Soi Số library export/);
    expect(reason('"x"')).toMatch(/not a Soi Số library export/);
    expect(reason(JSON.stringify({ ...file, format: undefined }))).toMatch(/not a Soi Số library export/);
    expect(reason(JSON.stringify({ ...file, version: 3 }))).toMatch(/newer version/);
    expect(reason(JSON.stringify({ ...file, extra: [1] }))).toMatch(/extra/);
    expect(reason(JSON.stringify(file).replace('{', '{"__proto__":{"x":1},'))).toMatch(/__proto__/);
    expect(reason(JSON.stringify({ ...file, settings: undefined }))).toMatch(/settings/);
    expect(reason(JSON.stringify({ ...file, exportedAt: 'yesterday' }))).toMatch(/exportedAt/);
    expect(reason(JSON.stringify(file).replace('"corrections":[]', '"corrections":[],"corrections":[]'))).toMatch(/appears twice/);
    expect(reason(JSON.stringify({ ...file, articles: [{ ...file.articles[0], firstSeen: -1 }] }))).toMatch(/at articles\.0\.firstSeen/);
    expect(reason(JSON.stringify({ ...file, figures: [file.figures[0], 7] }))).toMatch(/at figures\.1: /);
    // A record error in a file that is not JSON further on: not JSON wins, as with JSON.parse of the whole.
    expect(reason(JSON.stringify({ ...file, figures: [7] }).slice(0, -3))).toMatch(/not a JSON file/);
  });
});
