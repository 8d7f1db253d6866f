// A half-year review says where the year is expected to close: "Tỷ lệ hộ nghèo dự kiến cuối năm giảm còn 4,2%", "ước
// cuối năm đạt 97%". That figure is the year's (an estimate), not the six months the page reports; a figure of the
// months, with no "cuối năm", stays theirs.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-07-06', locality: 'huyện Hiệp Hòa' };
const text = '6 tháng đầu năm, huyện giải quyết việc làm cho 1.820 lao động, tỷ lệ tham gia bảo hiểm y tế đạt 92,6%. ' +
  'Tỷ lệ hộ nghèo dự kiến cuối năm giảm còn 2,9%; tỷ lệ trường đạt chuẩn quốc gia ước cuối năm đạt 97%.';

describe('what a half-year report expects the year to close on is the year\'s', () => {
  it('"dự kiến cuối năm giảm còn 2,9%" is 2024, an estimate', () => {
    const f = figureAt(text, '2,9%', opts);
    expect(f.period).toBe('2024');
    expect(f.modality).toBe('estimate');
  });
  it('"ước cuối năm đạt 97%" is 2024', () => {
    expect(figureAt(text, '97%', opts).period).toBe('2024');
  });
  it('the months\' own figures stay the first half\'s', () => {
    expect(figureAt(text, '1.820', opts).period).toBe('2024-H1');
    expect(figureAt(text, '92,6%', opts).period).toBe('2024-H1');
  });
});
