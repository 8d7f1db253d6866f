// The press and broadcasting sector reports its output in issues and hours: "Báo tỉnh xuất bản 312 số báo in", "Đài
// phát sóng 7.300 giờ truyền hình". Hours named by what was broadcast are a measure in hours; a bare "giờ" stays a clock
// time or a duration, no figure.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('press and broadcasting output', () => {
  it('counts issues and broadcast hours', () => {
    const text = 'Năm 2025, Báo Quảng Trị xuất bản 310 số báo in; Đài phát sóng 8.760 giờ phát thanh và 6.200 giờ truyền hình.';
    const opts = { published: '2025-12-28' };
    expect(figureAt(text, '310', opts).unit).toBe('số báo');
    expect(figureAt(text, '8.760', opts)).toMatchObject({ value: 8760, unit: 'giờ' });
    expect(figureAt(text, '6.200', opts).unit).toBe('giờ');
  });

  it('leaves clock times and durations alone', () => {
    const text = 'Lúc 9 giờ sáng nay, trong vòng 72 giờ, lực lượng chức năng đã khắc phục xong sự cố.';
    const opts = { published: '2025-12-28' };
    expectNoFigureAt(text, '9 giờ', opts);
    expectNoFigureAt(text, '72 giờ', opts);
  });
});
