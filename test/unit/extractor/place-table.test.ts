// A table of places ("Khu vực | Cấp mới | Tăng vốn | Tổng") under a caption that names the measure and its unit
// ("Kết quả thu hút vốn FDI quý I/2026 theo khu vực (đơn vị: triệu USD):"): every cell is a reported level in that unit,
// of what the caption names, owned by the row's place. Without a unit in the caption the cells cannot be read.
import { describe, expect, it } from 'vitest';
import { figureAt, figuresIn } from './helpers.ts';

const TABLE = 'Khu vực | Cấp mới | Tăng vốn | Tổng\nKhu vực Đồng Nai cũ | 201,5 | 274,8 | 476,3\nKhu vực Bình Phước cũ | 84,9 | 26,9 | 111,8\n';

describe('a table of places under a caption with its unit', () => {
  it('reads each cell in the caption unit, measuring what the caption names, for the row place', () => {
    const text = 'Trong quý, tỉnh có 6 dự án đầu tư trong nước mới.\n\nKết quả thu hút vốn FDI quý I/2026 theo khu vực (đơn vị: triệu USD):\n\n' + TABLE;
    const f = figureAt(text, '84,9', { published: '2026-04-08' });
    expect(f.value).toBe(84_900_000);
    expect(f.unit).toBe('USD');
    expect(f.indicator).toBe('fdi');
    expect(f.locality).toBe('tỉnh Bình Phước');
    expect(f.modality).toBe('actual');
  });

  it('a caption without a unit leaves the cells unread', () => {
    const text = 'Kết quả thu hút vốn FDI quý I/2026 theo khu vực:\n\n' + TABLE;
    expect(figuresIn(text, { published: '2026-04-08' }).some((f) => f.text === '84,9')).toBe(false);
  });
});
