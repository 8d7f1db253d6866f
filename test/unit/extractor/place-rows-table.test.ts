// "Điểm đến | Lượt khách | Tăng so với cùng kỳ (%)" over "Phường Sầm Sơn | 6,12 triệu | 12,4": a table whose rows are
// places and whose columns name a counted measure and its change. Each cell is a figure of its row's place, in the
// period of the text around it; a table whose first column names no places nor periods is left to the other readers.
import { describe, expect, it } from 'vitest';
import { figureAt, figuresIn } from './helpers.ts';

const TABLE = 'Mùa hè 2025, tỉnh đón 9,86 triệu lượt khách.\n\nKết quả tại một số điểm đến:\n' +
  'Điểm đến | Lượt khách | Tăng so với cùng kỳ (%)\nPhường Sầm Sơn | 6,12 triệu | 12,4\nKhu di tích Lam Kinh | 412.000 | 7,6\n\nBà Hằng cho biết thêm.';

describe('a table of places', () => {
  it('reads the level and change of each row, with its scale word', () => {
    const opts = { published: '2025-09-03', locality: 'tỉnh Thanh Hóa' };
    const level = figureAt(TABLE, '6,12 triệu', opts);
    expect([level.value, level.unit, level.locality, level.period]).toEqual([6120000, 'lượt khách', 'phường Sầm Sơn', '2025']);
    const change = figureAt(TABLE, '12,4', opts);
    expect([change.kind, change.base, change.direction]).toEqual(['change', 'same_period', 'up']);
    expect(figureAt(TABLE, '412.000', opts).unit).toBe('lượt khách');
  });

  it('leaves rows under a heading that names neither places nor periods', () => {
    const text = 'Danh sách:\nHọ tên | Lượt khách | Tăng so với cùng kỳ (%)\nNguyễn Văn A | 6,12 triệu | 12,4\n\nHết.';
    expect(figuresIn(text).some((f) => f.text === '12,4')).toBe(false);
  });
});
