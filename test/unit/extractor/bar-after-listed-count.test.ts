// "; 27 chủ đầu tư giải ngân dưới 30% và 9 …", "trong đó 6 chủ đầu tư dưới 30%, gồm: …", "Chủ đầu tư … dưới 60% thì
// điều chuyển vốn": the bar a counted group falls under, or the condition of a rule, is no result; the count is.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('a bar after a count that opens its clause', () => {
  it('is no figure after "trong đó", "và" or a semicolon', () => {
    const text = 'Toàn tỉnh còn 15/48 chủ đầu tư có tỷ lệ giải ngân dưới 50%, trong đó 4 ban quản lý dự án dưới 25%; 6 xã giải ngân dưới 30% và 2 sở chưa giải ngân.';
    expectNoFigureAt(text, '25%');
    expectNoFigureAt(text, '30%');
    expect(figureAt(text, '6 xã').value).toBe(6);
  });

  it('is no figure when "thì" makes it a condition', () => {
    expectNoFigureAt('Dự án nào có tỷ lệ giải ngân đến ngày 30/9 dưới 40% thì điều chuyển vốn sang dự án khác.', '40%');
  });

  it('leaves a day named before a share', () => {
    const text = 'Công suất phòng bình quân đạt 78%; riêng hai đêm 1 và 2/9 đạt trên 95%.';
    expect(figureAt(text, '95%').bound).toBe('over');
  });
});
