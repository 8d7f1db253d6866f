// Education reports give the first-grade intake after its share ("… mẫu giáo đạt 98,7%; 100% trẻ 6 tuổi vào lớp 1"): the
// share of six-year-olds who enter the first grade is the enrolment rate. A share of pupils who finish a level is not.
// Found by holdout86/004 (Báo Bắc Giang on the school year).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-09-05' };

describe('children entering first grade', () => {
  it('reads the share of six-year-olds entering the first grade as enrolment', () => {
    const text = 'Tỉnh Thái Bình\n\nNăm học 2024 - 2025, tỷ lệ huy động trẻ mẫu giáo đạt 97,6%; 99,8% trẻ em 6 tuổi vào lớp 1.\n';
    expect(figureAt(text, '99,8%', opts).indicator).toBe('school_enrollment_rate');
  });
  it('leaves a share of pupils who finish primary school', () => {
    const text = 'Tỉnh Thái Bình\n\nNăm học 2023 - 2024, 99,9% học sinh lớp 5 hoàn thành chương trình tiểu học.\n';
    expect(figureAt(text, '99,9%', opts).indicator).toBeUndefined();
  });
});
