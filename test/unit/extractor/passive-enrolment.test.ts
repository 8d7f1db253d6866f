// "100% trẻ 5 tuổi được huy động ra lớp": the enrolment named after the figure, in the passive, is its indicator, not
// the schools counted before it in the clause. Found probing a northern school-year report after holdout11.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

describe('"được huy động ra lớp" after a share', () => {
  it('names the enrolment rate', () => {
    expectFigure('Năm học 2024 - 2025, ngành phấn đấu có thêm 15 trường đạt chuẩn quốc gia, 100% trẻ 5 tuổi được huy động ra lớp.', '100%', { value: 100, indicator: 'school_enrollment_rate' });
  });
  it('the schools before it keep theirs', () => {
    expectFigure('Năm học 2024 - 2025, ngành phấn đấu có thêm 15 trường đạt chuẩn quốc gia, 100% trẻ 5 tuổi được huy động ra lớp.', '15', { value: 15, indicator: 'national_standard_schools' });
  });
  it('money "được huy động" is no enrolment', () => {
    expectFigure('Tổng nguồn vốn được huy động đạt 1.250 tỷ đồng.', '1.250', { indicator: undefined });
  });
});
