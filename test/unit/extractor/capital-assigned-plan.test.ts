// "Tổng vốn đầu tư thực hiện đạt 61,8% nguồn vốn tỉnh giao (…); đạt 51,1% nguồn vốn huyện giao": the capital a level
// above assigned is the plan a share is measured against, and a second share after the semicolon, with its sums in
// brackets between, is the same measure's.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2024-10-08' };

describe('a share of the capital assigned', () => {
  it('"đạt 72,4% nguồn vốn tỉnh giao" is an attainment of the plan', () => {
    const text = 'Chín tháng đầu năm 2024, giải ngân vốn đầu tư công đạt 72,4% nguồn vốn tỉnh giao.';
    expect(figureAt(text, '72,4%', OPTS)).toMatchObject({ kind: 'attainment', base: 'target', modality: 'actual' });
  });

  it('the share against the district\'s capital, after the sums in brackets, keeps the measure', () => {
    const text = 'Chín tháng đầu năm 2024, tổng vốn đầu tư toàn xã hội đạt 72,4% nguồn vốn tỉnh giao (210 tỷ/290 tỷ đồng); đạt 64% vốn huyện giao.';
    expect(figureAt(text, '64%', OPTS)).toMatchObject({ kind: 'attainment', base: 'target', indicator: 'social_investment' });
  });

  it('a share of a company\'s charter capital stays a level', () => {
    const f = figureAt('Nhà đầu tư nước ngoài nắm giữ 49% vốn điều lệ của công ty.', '49%', OPTS);
    expect(f.kind).toBe('level');
    expect(f.base).toBeUndefined();
  });
});
