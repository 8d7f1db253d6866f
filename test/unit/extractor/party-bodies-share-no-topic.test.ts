// "Hằng năm có trên 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ" after a paragraph about poverty: a share of the
// party's or the state's own bodies rates their work; the rate the article spoke of before is not what it measures.
// Seen in holdout13 (and, unscored, in seven articles of older folders that carried poverty or coverage rates over).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const poverty = 'Tỷ lệ hộ nghèo giảm còn 0,76%.\n\n';

describe('a share of party or state bodies takes no topic from paragraphs before', () => {
  it('"90% tổ chức cơ sở đảng" is not the poverty rate', () => {
    const text = `${poverty}Công tác xây dựng Đảng được chú trọng. Hằng năm có trên 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên.`;
    expect(figureAt(text, '90%').indicator).toBeUndefined();
  });
  it('"95% cán bộ, công chức" is not either', () => {
    const text = `${poverty}Có 95% cán bộ, công chức được đánh giá hoàn thành tốt nhiệm vụ.`;
    expect(figureAt(text, '95%').indicator).toBeUndefined();
  });
  it('a bare rate after the poverty paragraph still takes it when it names no body', () => {
    const text = `${poverty}Năm 2025, phấn đấu giảm còn 0,5%.`;
    expect(figureAt(text, '0,5%').indicator).toBe('poverty_rate');
  });
});
