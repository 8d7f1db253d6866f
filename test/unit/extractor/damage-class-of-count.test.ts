// Damage is counted in classes of loss: "320 ha bị thiệt hại trên 70%" counts hectares that lost more than 70%; the
// percentage is the class, not a result of its own. Found by holdout17 (003, storm damage to Thái Nguyên's tea).
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

const opts = { published: '2024-12-20' };

describe('the class of loss inside a count of damaged things', () => {
  it('"trên 70%" after a count of damaged hectares is no figure; the hectares are', () => {
    const text = 'Cơn bão làm 1.250 ha chè bị ảnh hưởng, trong đó 320 ha bị thiệt hại trên 70%, tập trung ở các xóm ven sông.';
    expectNoFigureAt(text, '70%', opts);
    expect(figureAt(text, '320 ha', opts).value).toBe(320);
  });

  it('a range of loss after a count of houses is a class too', () => {
    expectNoFigureAt('Mưa lũ làm 87 nhà bị hư hại từ 30 - 70%, 12 nhà bị sập hoàn toàn.', '30 - 70%', opts);
  });

  it('a loss that is a result stays a figure', () => {
    // No count before the damage word: how much the crop lost is what the sentence reports.
    expect(figureAt('Năng suất lúa vụ Hè Thu bị thiệt hại khoảng 30%.', '30%', opts).value).toBe(30);
    // A share after a comma is the damaged part of the whole, a figure.
    expect(figureAt('Toàn tỉnh có 1.250 ha bị thiệt hại, chiếm 12% diện tích chè.', '12%', opts).value).toBe(12);
  });
});
