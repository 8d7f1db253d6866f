// Once the new-rural standard is named, a grade named bare right after a count of communes ("…, 9 xã kiểu mẫu",
// "có thêm 3 xã nâng cao và 2 xã kiểu mẫu") is that grade, not the standard or the grade named before it. A verb
// phrase that goes on after "nâng cao" ("4 xã nâng cao năng lực …") names no grade.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a grade named bare after a count of communes', () => {
  const headline = 'Hà Nam: 72 xã đạt chuẩn nông thôn mới nâng cao, 9 xã kiểu mẫu\n\nNăm 2023, tỉnh tiếp tục xây dựng nông thôn mới.';
  const target = 'Năm 2025, huyện phấn đấu 100% xã đạt chuẩn nông thôn mới, trong đó có thêm 3 xã nâng cao và 2 xã kiểu mẫu.';
  it.each([
    [headline, '9 xã', 'new_rural_communes_model'],
    [headline, '72 xã', 'new_rural_communes_advanced'],
    [target, '3 xã', 'new_rural_communes_advanced'],
    [target, '2 xã', 'new_rural_communes_model'],
  ])('reads the grade of «%s» at %s', (text, needle, grade) => {
    expect(figureAt(text, needle).indicator).toBe(grade);
  });

  it('leaves a count whose "nâng cao" goes on as a verb', () => {
    const text = 'Năm 2024, toàn huyện có 12 xã đạt chuẩn nông thôn mới, trong đó 4 xã nâng cao chất lượng tiêu chí môi trường.';
    expect(figureAt(text, '4 xã').indicator).not.toBe('new_rural_communes_advanced');
  });
});
