// "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều năm 2022 là 4,03%": a single year after the poverty standard is the year of
// the figure. A stretch after it ("giai đoạn 2022 - 2025") still names the standard and dates nothing.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2023-08-11' };

describe('a year after the poverty standard', () => {
  it('"chuẩn nghèo đa chiều năm 2022 là 4,03%" is 2022\'s rate', () => {
    const text = 'Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều năm 2022 là 4,03%, giảm 1,17%.';
    expect(figureAt(text, '4,03%', OPTS)).toMatchObject({ indicator: 'poverty_rate', period: '2022' });
  });

  it('"chuẩn nghèo đa chiều giai đoạn 2022 - 2025" dates nothing', () => {
    const text = 'Đến tháng 6/2023, tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025 giảm còn 1,85%.';
    expect(figureAt(text, '1,85%', OPTS).period).toBe('2023-M06');
  });
});
