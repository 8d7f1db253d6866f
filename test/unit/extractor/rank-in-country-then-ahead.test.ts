// "…, đứng thứ 3 cả nước sau TP. Hồ Chí Minh và Bắc Ninh": the places after "cả nước sau" are ranked ahead of the
// subject, yardsticks as after ", sau" (ranked-ahead.ts); carried on, the last of them would take over the next
// paragraph's figures. Found by holdout42/004 (Thái Nguyên's exports and its 2025 targets).
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2025-01-10', locality: 'tỉnh Thái Nguyên' };

describe('places ranked ahead after "cả nước sau"', () => {
  it('the next paragraph\'s province figures stay the article\'s province', () => {
    const text = [
      'Kim ngạch xuất khẩu của tỉnh Hải Dương năm 2024 ước đạt 10,6 tỷ USD, đứng thứ 9 cả nước sau Bắc Giang và Thái Nguyên.',
      'Năm 2025, tỉnh phấn đấu kim ngạch xuất khẩu đạt 11,5 tỷ USD.',
    ].join('\n\n');
    expectFigure(text, '11,5 tỷ USD', { kind: 'level', locality: 'tỉnh Hải Dương', modality: 'target' }, opts);
  });
  it('a place after "cả nước" with no rank is the sentence\'s own', () => {
    const text = 'Cả nước sau đại dịch phục hồi nhanh; tỉnh Bắc Giang năm 2024 thu hút 1,9 tỷ USD vốn FDI.';
    expectFigure(text, '1,9 tỷ USD', { kind: 'level', locality: 'tỉnh Bắc Giang' }, opts);
  });
});
