// "tỷ trọng công nghiệp - xây dựng tăng từ 45,2% lên 51,6%, nông nghiệp giảm còn 17,3%": a sector's bare name after a
// sector's share in its sentence gives that sector's share, not its output value (an output value is never a level in
// per cent).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2023-06-20' };

describe('a sector named bare after a sector share', () => {
  it('"nông nghiệp giảm còn 17,3%" is the share of farming', () => {
    const text = 'Cơ cấu kinh tế chuyển dịch đúng hướng: tỷ trọng công nghiệp - xây dựng tăng lên 51,6%, nông nghiệp giảm còn 17,3%.';
    expect(figureAt(text, '17,3%', OPTS)).toMatchObject({ indicator: 'sector_share', kind: 'level', direction: 'down' });
  });

  it('the farm output\'s growth in the next sentence stays the output value', () => {
    const text = 'Tỷ trọng công nghiệp - xây dựng đạt 51,6%. Giá trị sản xuất nông nghiệp tăng 3,2% so với năm 2022.';
    expect(figureAt(text, '3,2%', OPTS).indicator).toBe('agricultural_output_value');
  });
});
