// "chỉ thấp hơn tốc độ tăng 6,58% của 6 tháng đầu năm 2022": the months of a year named right after a figure ("của 6
// tháng đầu năm 2022", "của 9 tháng năm 2023") date that figure, as "của quý III/2022" and "của năm 2022" do.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-07-09' };

describe('months of a year right after a figure', () => {
  it('date it, not the report\'s half', () => {
    const text = 'GDP 6 tháng đầu năm 2024 tăng 6,42%, chỉ thấp hơn tốc độ tăng 6,58% của 6 tháng đầu năm 2022.';
    expect(figureAt(text, '6,58%', opts).period).toBe('2022-H1');
    expect(figureAt(text, '6,42%', opts).period).toBe('2024-H1');
  });

  it('nine months too', () => {
    const text = 'Chín tháng năm 2024, thu ngân sách tăng 8,1%, thấp hơn mức tăng 12,4% của 9 tháng năm 2023.';
    expect(figureAt(text, '12,4%', { published: '2024-10-05' }).period).toBe('2023-9M');
  });
});
