// A bulletin whose lead says its figures are estimates ("Số liệu dưới đây là số ước tính") keeps that for the cells of a
// "Thực hiện" column; without the note the column is actual, and a plan column stays a target under it.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const TABLE = 'Chỉ tiêu | Kế hoạch năm 2026 | Thực hiện tháng 10/2026 | Cộng dồn 10 tháng\n' +
  'Kim ngạch xuất khẩu (triệu USD) | 2.600 | 218,4 | 2.036,7\n';

describe('the page\'s estimate note over a table column', () => {
  it('cells of a "Thực hiện" column are estimates under the note', () => {
    const text = 'Tháng 10/2026, kinh tế tỉnh tiếp tục tăng. Số liệu dưới đây là số ước tính, sẽ được cập nhật ở kỳ sau.\n\n' + TABLE;
    expect(figureAt(text, '218,4').modality).toBe('estimate');
  });

  it('the plan column under the same note stays a target', () => {
    const text = 'Tháng 10/2026, kinh tế tỉnh tiếp tục tăng. Số liệu dưới đây là số ước tính, sẽ được cập nhật ở kỳ sau.\n\n' + TABLE;
    expect(figureAt(text, '2.600').modality).toBe('target');
  });

  it('without the note the "Thực hiện" column is actual', () => {
    const text = 'Tháng 10/2026, kinh tế tỉnh tiếp tục tăng.\n\n' + TABLE;
    expect(figureAt(text, '218,4').modality).toBe('actual');
  });
});
