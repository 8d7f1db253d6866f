// A figure dated by a stretch of years that opens in the year of publication or later has no results yet: "đạt 10%/năm"
// over "giai đoạn 2026 - 2030" in a 2025 page is a target, however plainly it is written.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

describe('a figure of a term that has not begun', () => {
  it('is a target', () => {
    const text = 'Theo kịch bản của tỉnh, tốc độ tăng trưởng GRDP giai đoạn 2026 - 2030 đạt 10,5%/năm.';
    expectFigure(text, '10,5%', { modality: 'target', period: '2026/2030' }, { published: '2025-11-20' });
  });
  it('but a term already run stays a result', () => {
    const text = 'Tốc độ tăng trưởng GRDP giai đoạn 2021 - 2025 đạt 7,1%/năm.';
    expectFigure(text, '7,1%', { modality: 'actual', period: '2021/2025' }, { published: '2025-11-20' });
  });
  it('and a school year under way has results', () => {
    const text = 'Năm học 2025 - 2026, toàn tỉnh có 412 trường học với hơn 190.000 học sinh.';
    expectFigure(text, '412 trường', { modality: 'actual' }, { published: '2025-09-05' });
  });
});
