// "chính quyền địa phương 2 cấp (từ ngày 1/7 đến 31/12/2025)": the levels of government name the model, so the bracketed
// stretch after them is no year of a figure before it; it dates its sentence. A real count before such a bracket still
// keeps the bracket to itself.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

describe('levels of government before a bracketed stretch', () => {
  it('"Sau 6 tháng vận hành mô hình chính quyền 2 cấp (từ ngày 1/7 đến 31/12/2025)" dates the second half of 2025', () => {
    const text = 'Sau 6 tháng vận hành mô hình chính quyền 2 cấp (từ ngày 1/7 đến 31/12/2025), bộ phận một cửa xã Tân Phú tiếp nhận 8.240 hồ sơ.';
    expectFigure(text, '8.240 hồ sơ', { period: '2025-H2' }, { published: '2026-01-08' });
  });

  it('a count of hamlets before the bracket keeps the stretch to its own figure', () => {
    const text = 'Xã sắp xếp lại 12 thôn (từ ngày 1/7 đến 31/12/2025), đồng thời tiếp nhận 8.240 hồ sơ.';
    expectFigure(text, '8.240 hồ sơ', { period: '2026' }, { published: '2026-01-08' });
  });
});
