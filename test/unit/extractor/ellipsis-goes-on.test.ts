// "sản xuất đồ uống tăng 61,49%… so cùng kỳ năm 2022": an ellipsis that cuts a list short, with the sentence going on in
// lower case after it, ends no sentence: the comparison after it is the list's. A capital after it opens a new sentence.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extractor/index.ts';

const bases = (body: string) =>
  extract(`Kinh tế tỉnh 6 tháng đầu năm\n\n${body}`, { published: '2023-07-12' }).figures.map((f) => [f.text, f.base ?? null]);

describe('an ellipsis inside a sentence', () => {
  it('lets the comparison after it reach the list before it', () => {
    expect(bases('Trong 6 tháng, chế tạo sản phẩm từ thép tăng 8,15%, sản xuất đồ uống tăng 61,49%… so cùng kỳ năm 2022.'))
      .toEqual([['8,15%', 'same_period'], ['61,49%', 'same_period']]);
  });

  it('still ends the sentence when a capital follows it', () => {
    expect(bases('Trong 6 tháng, sản xuất đồ uống tăng 61,49%… So với cùng kỳ, nhiều ngành gặp khó khăn, tổng thu ngân sách giảm 20,9%.'))
      .toEqual([['61,49%', null], ['20,9%', 'same_period']]);
  });
});
