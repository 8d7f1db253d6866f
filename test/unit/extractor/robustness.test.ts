// The extractor must survive any text a page can hold: it never throws, its offsets always point into the input,
// and its time grows linearly with the input (no regex backtracking blow-up on adversarial lines).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extract } from '../../../src/extractor/index.ts';
import { figuresIn } from './helpers.ts';

const KINDS = new Set(['level', 'change', 'attainment', 'ratio']);

/** Throws (via figuresIn) unless every figure matches its slice; also checks kind and value are sane. */
function checkAll(text: string, published?: string): void {
  for (const f of figuresIn(text, published ? { published } : undefined)) {
    if (!KINDS.has(f.kind)) throw new Error(`unknown kind ${f.kind} at «${f.text}»`);
    if (typeof f.value !== 'number' || Number.isNaN(f.value)) throw new Error(`value ${String(f.value)} at «${f.text}»`);
  }
}

// Pieces that real articles are made of, plus the characters that trip number grammars.
const TOKENS = [
  '0', '1', '2', '9', '03', '1.400', '0,69', '640,706', '5.357.046', '34/43', '16/15', '8 - 9', '10-12', '.', ',', '/', '-',
  '–', '%', '+', '(', ')', ':', ';', ' ', ' ', ' ', '\u00A0', '\n', '\r\n', '\t', 'tăng', 'giảm', 'còn', 'đạt', 'vượt',
  'gấp', 'lần', 'tỷ', 'tỉ', 'triệu', 'nghìn', 'ngàn', 'vạn', 'đồng', 'USD', 'ha', 'tấn', 'tạ/ha', 'điểm %', 'chỉ tiêu',
  'xã', 'lao động', 'so với cùng kỳ', 'so với năm 2022', 'kế hoạch', 'KH', 'NQ', 'dự toán', 'ước đạt', 'phấn đấu',
  'trên', 'dưới', 'khoảng', 'gần', 'trở lên', 'không quá', 'từ', 'đến', 'lần lượt là', 'như:', 'quý I/2024',
  '6 tháng đầu năm 2023', 'tháng 7/2023', 'nhiệm kỳ 2020 - 2025', 'TP.', 'TX.', 'huyện Đức Hòa', 'tỉnh Bến Tre', 'cả nước',
  'Chỉ thị số 01-CT/TU', '155/NQ-HĐND', 'Quốc lộ 91', 'ST25', '11/12/2023 - 06:47', '10:33', 'Lượt xem: 1.234',
  'Ð', 'đ', 'Đ', 'ư', 'ơ', 'ă', '\u0301', '\u0323', '\u0300', 'hoà', 'thuỷ', '\u200B', '\uFEFF', '📊', 'bảy', 'ba', 'đôi',
];
// size 'max' lets fast-check really use maxLength (its default keeps arrays to a handful of items).
const soup = (maxTokens: number) => fc.array(fc.constantFrom(...TOKENS), { maxLength: maxTokens, size: 'max' }).map((t) => t.join(''));

// These properties test survival, not speed (linearity is measured below, as ratios): on a loaded machine 150 runs of
// 400-token soup took 5–8 s, past vitest's 5 s default, so they get room.
describe('never throws, offsets always valid', { timeout: 30_000 }, () => {
  it('on token soup made of article pieces', () => {
    fc.assert(fc.property(soup(400), (text) => { checkAll(text); }), { numRuns: 150 });
  });

  it('on token soup with a publication date', () => {
    const date = fc.date({ min: new Date('2000-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(fc.property(soup(200), date, (text, published) => { checkAll(text, published); }), { numRuns: 150 });
  });

  it('on arbitrary Unicode graphemes', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300, size: 'max' }), (text) => { checkAll(text); }), { numRuns: 200 });
  });

  it('on arbitrary UTF-16 code units, lone surrogates included', () => {
    const unit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
    fc.assert(fc.property(fc.string({ unit, maxLength: 300, size: 'max' }), (text) => { checkAll(text); }), { numRuns: 200 });
  });

  it('on strings of digits and separators only', () => {
    const unit = fc.constantFrom('0', '1', '5', '9', '.', ',', '/', '-', '%', ' ', '+', '(', ')');
    fc.assert(fc.property(fc.string({ unit, maxLength: 300, size: 'max' }), (text) => { checkAll(text); }), { numRuns: 200 });
  });

  it('on lone surrogates and combining marks at the edges', () => {
    for (const text of ['\uD800', '\uDC00 1,5%', '0,69%\uD83D', '\u0301\u0301 12 tỷ đồng', '1.400 tỉ đồn\u0300g', '']) checkAll(text);
  });

  it('gives the same figures for the same text', () => {
    fc.assert(fc.property(soup(200), (text) => {
      expect(extract(text).figures).toEqual(extract(text).figures);
    }), { numRuns: 100 });
  });
});

const KB = 1024;

/** A single line of `size` characters drawn from TOKENS by a small seeded generator (mulberry32), reproducible. */
function soupLine(size: number, seed: number): string {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const token = TOKENS[Math.floor(next() * TOKENS.length)]!.replace(/[\r\n]/g, ' ');
    parts.push(token);
    length += token.length;
  }
  return parts.join('').slice(0, size);
}
const fill = (piece: string, size: number) => piece.repeat(Math.ceil(size / piece.length)).slice(0, size);
// One line each, no full stop or newline to cut the work into sentences.
const ADVERSARIAL: Record<string, string> = {
  'repeated "1.1.1.1…"': '1.',
  'repeated "1,1,1,…"': '1,',
  'repeated "1/1/1/…"': '1/',
  'repeated "1 - 1 - …"': '1 - ',
  'repeated "tăng tăng tăng…"': 'tăng ',
  'deep parentheses around a figure': '((((((((((1,5%',
  'repeated scale words "1 tỷ tỷ tỷ…"': ' tỷ',
  'a digit run with no separators': '1234567890',
  'mixed separators "1.2,3/4-5%+"': '1.2,3/4-5%+ ',
  'repeated plan-slash "/KH tăng 10-"': '18,4%/KH tăng 10-',
  'repeated "so với" with no number': 'so với cùng kỳ so với ',
};

describe('100 KB single lines', () => {
  it.each(Object.entries(ADVERSARIAL))('%s', (_name, piece) => {
    checkAll(fill(piece, 100 * KB));
  }, 20_000);

  it('a 100 KB line of token soup', () => {
    checkAll(soupLine(100 * KB, 42));
  }, 20_000);
});

/** CPU time of this test process in ms: unlike wall time it does not grow when other processes share the cores. */
function timeOnce(text: string): number {
  const c0 = process.cpuUsage();
  extract(text);
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

/**
 * Times 100 KB and 400 KB after a warm-up, alternating the two so that both see the same load (the machine is
 * shared and test files run in parallel), and keeps the best run of each. Fails fast when 100 KB alone is far too slow.
 */
function expectLinear(small: string, large: string): void {
  extract(small.slice(0, 10 * KB)); // warm-up: JIT and lazily built tables
  let tSmall = timeOnce(small);
  expect(tSmall, `100 KB took ${tSmall.toFixed(0)} ms`).toBeLessThan(1000);
  let tLarge = Infinity;
  let spent = tSmall;
  for (let round = 0; round < 6 && (round < 2 || spent < 1500); round++) {
    const l = timeOnce(large);
    tLarge = Math.min(tLarge, l);
    const s = timeOnce(small);
    tSmall = Math.min(tSmall, s);
    spent += l + s;
  }
  // Quadratic work shows as 16× for 4× the input; linear work stays near 4×. Times under 5 ms are noise, hence the floor.
  expect(tLarge, `100 KB: ${tSmall.toFixed(1)} ms, 400 KB: ${tLarge.toFixed(1)} ms`).toBeLessThan(8 * Math.max(tSmall, 5));
}

describe('time grows linearly', () => {
  const cases: [string, string][] = [
    ['repeated "1.1.1.1…"', '1.'],
    ['repeated "1,1,1,…"', '1,'],
    ['repeated "tăng tăng tăng…"', 'tăng '],
    ['a digit run with no separators', '1234567890'],
    ['mixed separators and words', '1.2,3/4-5% tăng (6 - 7 tỷ đồng/KH '],
    ['one endless sentence of figures, places and years', 'tăng 5% hộ nghèo, xã Mỹ An, năm 2023; '],
  ];
  it.each(cases)('%s: 400 KB takes less than 8× the time of 100 KB', (_name, piece) => {
    expectLinear(fill(piece, 100 * KB), fill(piece, 400 * KB));
  }, 30_000);

  it('token soup: 400 KB takes less than 8× the time of 100 KB', () => {
    expectLinear(soupLine(100 * KB, 7), soupLine(400 * KB, 8));
  }, 30_000);
});
