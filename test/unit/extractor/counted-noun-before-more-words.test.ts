// "phấn đấu giảm 30 hộ nghèo trở lên", "giảm 45 hộ nghèo trong năm": the words after a counted noun that say what is
// counted ("hộ nghèo") may be followed by a bound or by more words. The noun still names what the figure counts, and
// "trở lên" after it is still the figure's bound (counted-noun-before-more-words).
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2026-07-10' };
const head = 'Xã phấn đấu hoàn thành kế hoạch năm 2026\n\n';

describe('a counted noun followed by more words', () => {
  it('"giảm 30 hộ nghèo trở lên" is a fall in the count of poor households, at least 30', () => {
    const text = `${head}6 tháng cuối năm, xã phấn đấu giảm 30 hộ nghèo trở lên; giữ vững an ninh trật tự.`;
    expectFigure(text, '30', { indicator: 'poor_households', bound: 'at_least' }, pub);
  });
  it('"giảm 45 hộ nghèo trong năm" is still the count of poor households', () => {
    const text = `${head}Năm 2025, toàn huyện giảm 45 hộ nghèo trong năm, vượt kế hoạch đề ra.`;
    expectFigure(text, '45', { indicator: 'poor_households' }, pub);
  });
  it('"kết nạp 25 đảng viên mới trở lên" keeps its bound too', () => {
    const text = `${head}Năm 2026, Đảng bộ xã phấn đấu kết nạp 25 đảng viên mới trở lên.`;
    expectFigure(text, '25', { bound: 'at_least' }, pub);
  });
});

describe('what stays as it was', () => {
  it('a count whose words after it name a number do not take its bound', () => {
    const text = `${head}Năm 2025, toàn xã có 12 thôn đạt 19 tiêu chí trở lên.`;
    expectFigure(text, '12', { bound: undefined }, pub);
  });
  it('households lifted out of poverty stay so', () => {
    const text = `${head}Năm 2025, toàn huyện có 52 hộ thoát nghèo trong năm.`;
    expectFigure(text, '52', { indicator: 'households_out_of_poverty' }, pub);
  });
});
