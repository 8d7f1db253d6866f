// "tiếp nhận 14.218 hồ sơ đề nghị hưởng trợ cấp thất nghiệp, giảm 6,3%": the benefit for the jobless names no
// unemployment rate; "Tỷ lệ thất nghiệp … giảm 0,12 điểm phần trăm" still is one.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-01-08' };

describe('unemployment benefits', () => {
  it('give no unemployment rate to the change of claims', () => {
    const text = 'Năm 2024, Trung tâm Dịch vụ việc làm tiếp nhận 9.420 hồ sơ đề nghị hưởng trợ cấp thất nghiệp, giảm 4,1% so với năm 2023.';
    expect(figureAt(text, '4,1%', opts).indicator).toBeUndefined();
  });

  it('leave the unemployment rate its own', () => {
    const text = 'Năm 2024, tỷ lệ thất nghiệp khu vực thành thị ước khoảng 2,4%, giảm 0,1 điểm phần trăm so với năm 2023.';
    expect(figureAt(text, '0,1 điểm phần trăm', opts).indicator).toBe('unemployment_rate');
  });
});
