// "Giá trị sản xuất các ngành tăng trưởng 13-14%": every sector's output together is the total output value, with or
// without "tổng", also as a target in a list of the year's main targets (not a count of targets).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2023-12-01' };

describe('every sector\'s output together', () => {
  it('"Giá trị sản xuất các ngành tăng trưởng 13-14%" under the year\'s targets is the total output value', () => {
    const text = 'Năm 2024, UBND thị xã đề ra các chỉ tiêu chủ yếu: Giá trị sản xuất các ngành tăng trưởng 13-14%; thu ngân sách dự kiến 1.043,6 tỷ đồng.';
    expect(figureAt(text, '13-14%', OPTS)).toMatchObject({ indicator: 'total_output_value', modality: 'target', period: '2024' });
  });

  it('"Giá trị sản xuất các ngành kinh tế đạt 11.147 tỷ đồng" too', () => {
    expect(figureAt('Năm 2023, giá trị sản xuất các ngành kinh tế đạt 11.147 tỷ đồng.', '11.147 tỷ đồng', OPTS).indicator).toBe('total_output_value');
  });
});
