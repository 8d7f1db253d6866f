// "tăng 11,5% về số lượng dự án nhưng giảm 31,5% về vốn đăng ký so với cùng kỳ năm 2024": two changes set against each
// other by "nhưng" are both measured against the base stated after the second, as changes joined by "và" are.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-04-05' };

describe('a contrast of changes before one base', () => {
  it('both changes take the base', () => {
    const text = 'Toàn tỉnh có 412 doanh nghiệp thành lập mới, tăng 6,2% về số doanh nghiệp nhưng giảm 14,8% về vốn đăng ký so với cùng kỳ.';
    expect(figureAt(text, '6,2%', opts).base).toBe('same_period');
    expect(figureAt(text, '14,8%', opts).base).toBe('same_period');
  });

  it('a new sentence after the contrast does not pass its base back', () => {
    const text = 'Vốn đăng ký tăng 6,2%. Nhưng số doanh nghiệp giảm 14,8% so với cùng kỳ.';
    expect(figureAt(text, '6,2%', opts).base).toBeUndefined();
  });
});
