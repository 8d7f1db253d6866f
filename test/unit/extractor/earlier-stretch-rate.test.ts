// "… quý II ước tăng 4,2% so với cùng kỳ, cao hơn mức tăng của quý I (2,7%)": a bare percentage in a bracket after the
// rate of change of an earlier stretch is that stretch's own change, not a level; the economy's growth beside it, and a
// bracket after a stretch compared with no rate named ("thấp hơn so với cùng kỳ năm 2021 (63,86%)"), stay levels.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-06-27' };

describe('the rate of an earlier stretch in a bracket', () => {
  it('is that stretch\'s own change', () => {
    const text = 'Quý II/2025, giá trị sản xuất nông, lâm nghiệp và thuỷ sản của tỉnh ước tăng 4,2% so với cùng kỳ, cao hơn mức tăng của quý I (2,7%).';
    const f = figureAt(text, '2,7%', opts);
    expect(f.kind).toBe('change');
    expect(f.direction).toBe('up');
    expect(f.base).toBeUndefined();
    expect(f.period).toBe('2025-Q1');
  });

  it('reads a fall and a year before as well', () => {
    const text = 'Chỉ số sản xuất công nghiệp 9 tháng tăng 8,5%, thấp hơn tốc độ giảm của cùng kỳ năm trước (10,1%).';
    const f = figureAt(text, '10,1%', opts);
    expect(f.kind).toBe('change');
    expect(f.direction).toBe('down');
  });

  it('leaves a compared share and the economy\'s growth as levels', () => {
    expect(figureAt('Tỷ lệ giải ngân đạt 58,3%, thấp hơn so với cùng kỳ năm 2021 (63,86%).', '63,86%', opts).kind).toBe('level');
    expect(figureAt('GRDP quý III ước tăng 9,86% so với cùng kỳ, cao hơn mức tăng của quý II (8,12%).', '8,12%', opts).kind).toBe('level');
  });
});
