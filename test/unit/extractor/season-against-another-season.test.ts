// "So với vụ Đông Xuân 2023 - 2024, năng suất lúa Hè Thu thấp hơn 8,6 tạ/ha": a season put first, when the clause then
// names another one (also as the crop, "lúa Hè Thu"), is the season before: previous_period; the same season is a year
// before: same_period. With no season of its own named, the clause gets no base from the opening.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'Huyện Tháp Mười vụ Hè Thu 2024\n\n';

describe('a season compared with another season', () => {
  it('put first, against the crop the clause names, is the season before', () => {
    expect(figureAt(`${HEAD}So với vụ Đông Xuân 2023 - 2024, năng suất lúa Hè Thu thấp hơn 8,6 tạ/ha.`, '8,6').base).toBe('previous_period');
  });

  it('after the figure, against the crop named by its season, is the season before', () => {
    expect(figureAt(`${HEAD}Năng suất lúa Hè Thu thấp hơn 8,6 tạ/ha so với vụ Đông Xuân 2023 - 2024.`, '8,6').base).toBe('previous_period');
  });

  it('against the same crop season is the same period', () => {
    expect(figureAt(`${HEAD}Năng suất lúa Đông Xuân tăng 1,2 tạ/ha so với vụ Đông Xuân năm trước.`, '1,2').base).toBe('same_period');
  });

  it('put first with no season of the clause\'s own, gives no base', () => {
    expect(figureAt(`${HEAD}So với vụ Đông Xuân 2023 - 2024, năng suất bình quân thấp hơn 8,6 tạ/ha.`, '8,6').base).toBeUndefined();
  });
});
