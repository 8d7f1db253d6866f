// "Tỷ lệ trường học các cấp đạt chuẩn quốc gia: 60%": schools of all levels meeting the national standard are the
// national_standard_schools indicator, as "trường các cấp" and "trường học" are. A share of schools with solid
// classrooms ("tỷ lệ phòng học kiên cố") is not.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('schools of all levels to the national standard', () => {
  it('are national_standard_schools', () => {
    expect(figureAt('Mục tiêu đến năm 2025:\n- Tỷ lệ trường học các cấp đạt chuẩn quốc gia: 60%;\n', '60%').indicator).toBe('national_standard_schools');
  });
  it('solid classrooms are not', () => {
    expect(figureAt('Năm 2024, tỷ lệ phòng học kiên cố đạt 82%.', '82%').indicator).not.toBe('national_standard_schools');
  });
});
