// "Cấp học | Số học sinh | So với năm học trước (%)" over "Tiểu học | 452.310 | +2,4": rows naming the parts of one
// whole (levels of schooling, sectors) are read as rows of places are: each cell a figure of the place and period
// around the table, a signed change column against what its heading names.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

const LEAD = 'Năm học 2024 - 2025, toàn tỉnh Bình Dương có hơn 600.000 học sinh các cấp, tăng mạnh do dân số cơ học; nhiều trường phải tổ chức học hai ca.\n\n';

describe('a table whose rows are parts of one whole', () => {
  it('reads each row\'s count and its change against the school year before', () => {
    const text = `${LEAD}Cấp học | Số học sinh | So với năm học trước (%)\nMầm non | 121.300 | -0,8\nTiểu học | 265.940 | +3,6\n`;
    const count = figureAt(text, '265.940');
    expect([count.unit, count.value, count.period]).toEqual(['học sinh', 265940, '2024/2025']);
    const change = figureAt(text, '3,6');
    expect([change.kind, change.direction, change.base]).toEqual(['change', 'up', 'previous_period']);
    expect(figureAt(text, '0,8').direction).toBe('down');
  });

  it('rows of people under a name column stay unread', () => {
    const text = `${LEAD}Họ và tên | Số điểm | So với năm học trước (%)\nNguyễn Văn An | 27 | +3,6\n`;
    expectNoFigureAt(text, '27 |');
  });
});
