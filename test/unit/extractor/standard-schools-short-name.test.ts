// "tỷ lệ trường chuẩn" is the short name of "trường đạt chuẩn quốc gia" once an article has named it; the figure after
// it measures the schools, not the enrolment named in the clause before. Pattern from holdout11.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const TEXT = 'Năm học 2023 - 2024, tỷ lệ huy động trẻ 5 tuổi ra lớp đạt 99,9%. Huyện Đức Thọ có tỷ lệ trường chuẩn cao nhất, đạt 95,6%.';

describe('the short name "trường chuẩn"', () => {
  it('names national-standard schools', () => {
    expectFigure(TEXT, '95,6%', { value: 95.6, indicator: 'national_standard_schools' });
  });
  it('leaves the enrolment figure before it alone', () => {
    expectFigure(TEXT, '99,9%', { value: 99.9, indicator: 'school_enrollment_rate' });
  });
});
