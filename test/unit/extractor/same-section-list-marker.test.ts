// "Bài cùng chuyên mục:" opens a list of other articles' headlines, as "Tin cùng chuyên mục" does: the figures in those
// headlines are other articles'. Found by holdout42/006 (Báo Hưng Yên's footer list).
import { describe, it } from 'vitest';
import { expectFigure, expectNoFigureAt } from './helpers.ts';

const opts = { published: '2025-12-15' };

describe('"Bài cùng chuyên mục" headline lists', () => {
  it('the headlines under the marker give no figures; the article above keeps its own', () => {
    const text = [
      'Năm 2025, kim ngạch xuất khẩu của tỉnh đạt 6,4 tỷ USD, tăng 9,1% so với năm 2024.',
      '',
      'Bài cùng chuyên mục:',
      '- Thu hút hơn 1,5 tỷ USD vốn FDI trong năm 2025',
      '- Trao 300 suất quà cho công nhân',
    ].join('\n');
    expectFigure(text, '6,4 tỷ USD', { kind: 'level', indicator: 'export_value' }, opts);
    expectNoFigureAt(text, '1,5 tỷ USD', opts);
    expectNoFigureAt(text, '300 suất', opts);
  });
  it('prose after the headline list is the article again', () => {
    const text = [
      'Bài cùng chuyên mục:',
      '- Thu hút hơn 1,5 tỷ USD vốn FDI trong năm 2025',
      'Cũng trong năm 2025, tỉnh cấp mới 42 dự án đầu tư trong nước.',
    ].join('\n');
    expectNoFigureAt(text, '1,5 tỷ USD', opts);
    expectFigure(text, '42', { kind: 'level', unit: 'dự án' }, opts);
  });
});
