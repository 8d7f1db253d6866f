// "Ngành giáo dục có thêm 2 trường được công nhận đạt chuẩn quốc gia, nâng tổng số lên 21/29 trường, tỷ lệ 72,4%":
// the passive "được công nhận" between the schools and the standard still names the national-standard schools, for
// the count, the total and its share. Schools recognised for something else are not.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-01-18' };

describe('"trường được công nhận đạt chuẩn quốc gia" names national-standard schools', () => {
  const text = 'Ngành giáo dục có thêm 2 trường được công nhận đạt chuẩn quốc gia, nâng tổng số lên 21/29 trường, tỷ lệ 72,4%.';
  it('the count, the total and the share take the indicator', () => {
    expect(figureAt(text, '2 trường', opts).indicator).toBe('national_standard_schools');
    expect(figureAt(text, '21/29', opts).indicator).toBe('national_standard_schools');
    expect(figureAt(text, '72,4%', opts).indicator).toBe('national_standard_schools');
  });
  it('schools recognised as safe schools are not national-standard ones', () => {
    const other = 'Ngành giáo dục có thêm 2 trường được công nhận trường học an toàn về phòng chống tai nạn thương tích.';
    expect(figureAt(other, '2 trường', opts).indicator).toBeUndefined();
  });
});
