// Text as it arrives from pages and files: NFD, old tone placement, look-alike letters, odd spaces.
// Offsets must always point into the ORIGINAL text, whatever the extractor normalises internally.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Figure } from '../../../src/extractor/index.ts';
import { normalise, toOriginal } from '../../../src/extractor/normalise.ts';
import { expectFigure, expectValue, figureAt, figuresIn } from './helpers.ts';

const nfd = (s: string) => s.normalize('NFD');

describe('decomposed (NFD) input', () => {
  const text = nfd('Năm 2023, huyện Đức Hòa có tỷ lệ hộ nghèo giảm còn 0,69%; thu ngân sách đạt 1.400 tỉ đồng.');
  it('a percentage after decomposed letters is found at its original offset', () => {
    const f = figureAt(text, '0,69');
    // The NFD prefix is longer than its NFC form, so an NFC offset would land elsewhere.
    expect(f.start).toBe(text.indexOf('0,69'));
  });
  it('a money span with a decomposed unit keeps the original code units', () => {
    const f = figureAt(text, '1.400');
    expect(f.text).toBe(nfd('1.400 tỉ đồng'));
  });
  it('the value is read through decomposed scale words', () => {
    expectValue(figureAt(text, '1.400').value, 1.4e12);
  });
  it('the indicator is read through decomposed letters', () => {
    expect(figureAt(text, '0,69').indicator).toBe('poverty_rate');
  });
  it('the locality is read through decomposed letters', () => {
    expect(figureAt(text, '0,69').locality?.normalize('NFC')).toBe('huyện Đức Hòa');
  });
  it('every figure of an NFD text matches its slice', () => {
    expect(figuresIn(text).length).toBeGreaterThanOrEqual(2);
  });
});

describe('old and new tone placement', () => {
  it('"hoà" reads like "hòa" for a locality', () => {
    expectFigure('Năm 2023, huyện Đức Hoà thu ngân sách 1.652 tỉ đồng.', '1.652', { value: 1.652e12, locality: 'huyện Đức Hòa' });
  });
  it('"thuỷ sản" reads like "thủy sản"', () => {
    expectFigure('Sản lượng thuỷ sản ước đạt 310.500 tấn.', '310.500', { value: 310_500, indicator: 'aquaculture_output' });
  });
  it('"hàng hoá" reads like "hàng hóa"', () => {
    expectFigure('Tổng mức bán lẻ hàng hoá và doanh thu dịch vụ đạt 32.450 tỷ đồng.', '32.450', { value: 32.45e12, indicator: 'retail_sales' });
  });
  it('"tỉ lệ" reads like "tỷ lệ"', () => {
    expectFigure('Tỉ lệ hộ nghèo còn 0,69%.', '0,69', { value: 0.69, indicator: 'poverty_rate' });
  });
  it('"đô thị hoá" reads like "đô thị hóa"', () => {
    expectFigure('Tỷ lệ đô thị hoá đạt 40,2%.', '40,2', { value: 40.2, indicator: 'urbanization_rate' });
  });
});

describe('look-alike letters and case', () => {
  it('"Ð" (U+00D0) in a locality reads as "Đ"', () => {
    expectFigure('Năm 2023, huyện \u00D0ức Hòa thu ngân sách 1.652 tỉ đồng.', '1.652', { value: 1.652e12, locality: 'huyện Đức Hòa' });
  });
  it('"Ð" (U+00D0) in an uppercase unit reads as đồng', () => {
    expectFigure('THU NGÂN SÁCH ĐẠT 1.400 TỈ \u00D0ỒNG', '1.400', { value: 1.4e12, unit: 'VND' });
  });
  it('an uppercase headline is read like lowercase text', () => {
    expectFigure('TỶ LỆ HỘ NGHÈO GIẢM CÒN 0,69%', '0,69', { value: 0.69, indicator: 'poverty_rate', direction: 'down' });
  });
});

describe('spaces and invisible characters', () => {
  it('a no-break space between number and scale', () => {
    const f = expectFigure('Thu ngân sách đạt 1.400\u00A0tỉ đồng.', '1.400', { value: 1.4e12, unit: 'VND' });
    expect(f.text).toBe('1.400\u00A0tỉ đồng');
  });
  it('a no-break space before the percent sign', () => {
    expectFigure('Tỷ lệ bảo hiểm y tế đạt 97,5\u00A0%.', '97,5', { value: 97.5, unit: '%' });
  });
  it('a narrow no-break space before the unit', () => {
    expectFigure('Sản lượng lúa đạt 172.800\u202Ftấn.', '172.800', { value: 172_800, unit: 'tấn' });
  });
  it('a zero-width space before the number does not shift offsets', () => {
    const f = figureAt('Tỷ lệ hộ nghèo còn\u200B 0,69%.', '0,69');
    expect(f.text).toBe('0,69%');
  });
  it('CRLF line endings keep offsets exact', () => {
    const text = 'Tiêu đề\r\n\r\nThu ngân sách đạt 1.400 tỉ đồng.\r\nTỷ lệ hộ nghèo còn 0,69%.';
    expect(figureAt(text, '0,69').start).toBe(text.indexOf('0,69'));
  });
  it('a tab between number and unit', () => {
    expectFigure('Giải quyết việc làm cho 870\tlao động.', '870', { value: 870, unit: 'lao động' });
  });
  // A page's paragraph keeps its HTML source's line breaks and indentation as runs of spaces (page-text.ts).
  const indented = 'Thu ngân sách\n        đạt 1.400      tỉ đồng,   tăng 30,43%   so  với   năm 2022.'.replace(/\n/g, ' ');
  it('runs of spaces (a page\'s source indentation) read as one: the base after them is found', () => {
    expectFigure(indented, '30,43', { value: 30.43, kind: 'change', direction: 'up', base: '2022', indicator: 'budget_revenue' });
  });
  it('… and the figure\'s span and offsets are those of the text as given', () => {
    const f = figureAt(indented, '1.400');
    expect(f.start).toBe(indented.indexOf('1.400'));
    expect(f.text).toBe('1.400      tỉ đồng');
    expect(f.value).toBe(1.4e12);
  });
  it('… also in decomposed text', () => {
    const text = nfd(indented);
    const f = figureAt(text, '30,43');
    expect(f.start).toBe(text.indexOf('30,43'));
    expect(f.base).toBe('2022');
  });
  it('a soft hyphen inside "kế hoạch" hides neither the word nor its tone', () => {
    const text = 'Thu ngân sách đạt 81,5% kế hoạ\u00adch năm.';
    expectFigure(text, '81,5', { value: 81.5, kind: 'attainment', base: 'target' });
    expect(figureAt(text, '81,5').start).toBe(text.indexOf('81,5'));
  });
  it('a zero-width space parts two words as a space does', () => {
    expectFigure('Thu ngân sách tăng 30,43% so\u200bvới năm 2022.', '30,43', { value: 30.43, base: '2022' });
  });
  it('a commune named in a headline typed in capitals is still the article\'s place', () => {
    const text = 'ĐẠI HỘI ĐẢNG BỘ XÃ TÂN PHÚ THẠNH NHIỆM KỲ 2025 - 2030\n\n(HG) - Ngày 15-4, Đảng bộ xã Tân Phú Thạnh, huyện Châu Thành A tổ chức Đại hội. Dự đại hội có 120 đại biểu đại diện cho 412 đảng viên.';
    expectFigure(text, '412', { value: 412, locality: 'xã Tân Phú Thạnh' });
  });
  it('"BÁC SỸ" in capitals is "bác sĩ"', () => {
    expectFigure('HÀ TĨNH ĐẠT 13,5 BÁC SỸ/VẠN DÂN', '13,5', { value: 13.5, unit: 'bác sĩ/vạn dân', indicator: 'doctors_per_10k' });
  });
  it('an emoji before a figure (surrogate pair) keeps UTF-16 offsets', () => {
    const text = '📊 Tỷ lệ hộ nghèo còn 0,69%.';
    expect(figureAt(text, '0,69').start).toBe(text.indexOf('0,69'));
  });
});

// Every seed article, as pages and files deliver it in other forms, means the same figures.
// Pages that wrap a paragraph with <br>, and files wrapped by hand: "ước đạt 3.475\nnghìn lượt khách, tăng 14,8%".
describe('lines wrapped inside a sentence', () => {
  const wrapped = 'Tổng số khách đến các điểm du lịch trong 10 tháng ước đạt 3.475\nnghìn lượt khách, tăng 14,8% so với cùng\nkỳ năm trước, doanh thu du lịch ước đạt gần 692,5 tỷ đồng,\ntăng 18,2%.';
  it('a number wrapped away from its scale and unit is still one figure', () => {
    const f = expectFigure(wrapped, '3.475', { value: 3_475_000, unit: 'lượt khách' });
    expect(f.text).toBe('3.475\nnghìn lượt khách');
  });
  it('a clause wrapped after its comma keeps its estimate and its base', () => {
    expectFigure(wrapped, '14,8%', { base: 'same_period', modality: 'estimate' });
    expectFigure(wrapped, '18,2%', { modality: 'estimate', indicator: 'tourism_revenue' });
  });
  it('a new paragraph (a capital after the break) is still a new paragraph', () => {
    const text = 'Doanh thu du lịch ước đạt 692,5 tỷ đồng\nTai nạn giao thông giảm 4 vụ.';
    expectFigure(text, '4 vụ', { modality: 'actual' });
  });
});

describe('the seeds in other forms give the same figures', () => {
  const seeds = join(import.meta.dirname, '../../../../shared/corpus/seeds');
  const meaning = (f: Figure) => JSON.stringify([f.text.normalize('NFC').toLowerCase().replace(/\u200b/g, ' ').replace(/[\u00ad\u2060]/g, '').replace(/\s+/g, ' '), f.kind, f.value, f.of, f.high, f.unit,
    f.indicator, f.locality?.normalize('NFC'), f.period, f.modality, f.direction, f.base, f.status, f.bound]);
  const forms: Array<[string, (t: string) => string]> = [
    ['decomposed (NFD)', (t) => t.normalize('NFD')],
    ['old tone placement', (t) => t.replace(/hòa/g, 'hoà').replace(/Hòa/g, 'Hoà').replace(/thủy/g, 'thuỷ').replace(/ủy/g, 'uỷ')],
    ['no-break spaces before numbers', (t) => t.replace(/ (\d)/g, '\u00a0$1')],
    ['the look-alike Ð', (t) => t.replace(/Đ/g, '\u00d0')],
    ['CRLF line endings', (t) => t.replace(/\n/g, '\r\n')],
    ['every space doubled', (t) => t.replace(/ /g, '  ')],
    ['zero-width spaces after spaces', (t) => t.replace(/ (\p{L})/gu, ' \u200b$1')],
    ['the headline in capitals', (t) => t.split('\n').map((l, i) => (i < 4 ? l.toUpperCase() : l)).join('\n')],
    ['soft hyphens inside words, word joiners before numbers', (t) => t.replace(/(\p{L}{3})(\p{L}{2})/gu, '$1\u00ad$2').replace(/ (\d)/g, ' \u2060$1')],
  ];
  const files = readdirSync(seeds).filter((f) => f.endsWith('.txt'));
  it.each(forms)('%s', (_name, form) => {
    expect(files.length).toBe(5);
    let compared = 0;
    for (const file of files) {
      const text = readFileSync(join(seeds, file), 'utf8');
      const plain = figuresIn(text).map(meaning);
      compared += plain.length;
      expect(figuresIn(form(text)).map(meaning), file).toEqual(plain);
    }
    expect(compared).toBeGreaterThan(40);
  });
});

describe('the offset map back to the text as given', () => {
  it('runs forward and ends at the text\'s end, with decomposed letters and runs of spaces mixed', () => {
    const pieces = fc.constantFrom('a', ' ', '  ', '\t', '\u00a0', 'ề', 'e\u0302\u0300', '\n', '1', ',', 'hoà');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 60 }).map((a) => a.join('')), (s) => {
      const n = normalise(s);
      let last = -1;
      for (let i = 0; i <= n.text.length; i++) {
        const o = toOriginal(n, i);
        expect(o).toBeGreaterThanOrEqual(last);
        last = o;
      }
      expect(toOriginal(n, n.text.length)).toBe(s.length);
    }), { numRuns: 2000 });
  });
});
