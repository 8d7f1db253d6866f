// "Hiện có 37 dự án giải ngân dưới 30%": the bar the counted projects fell under, not a result; the units and what
// they did may run to five syllables before the bar. A rate that is the page's own result stays a figure.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

const pub = { published: '2025-12-10' };

describe('a bar after a count of units and their verb', () => {
  it('"có 37 dự án giải ngân dưới 30%" keeps the count and drops the bar', () => {
    const text = 'Hiện có 37 dự án giải ngân dưới 30%, phần lớn vướng bồi thường, giải phóng mặt bằng.';
    expectNoFigureAt(text, '30%', pub);
    expect(figureAt(text, '37', pub).value).toBe(37);
  });
});

describe('a rate that is a result', () => {
  it('"tỷ lệ giải ngân của tỉnh mới đạt dưới 30%" stays a figure', () => {
    const text = 'Đến ngày 30/6, tỷ lệ giải ngân vốn đầu tư công của tỉnh mới đạt dưới 30% kế hoạch.';
    expect(figureAt(text, '30%', pub).bound).toBe('under');
  });
});
