// Statistics offices give income per head per month ("thu nhập bình quân một người một tháng đạt 4,18 triệu đồng"): the
// money is per person per month, not the per-year unit the indicator's money otherwise takes. Found by holdout86/001
// (Báo Nghệ An on the 2023 living-standards survey).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-02-20' };

describe('income per month', () => {
  it('reads income named per month as money per person per month', () => {
    const text = 'Tỉnh Quảng Trị\n\nNăm 2023, thu nhập bình quân một người một tháng của tỉnh đạt 3,85 triệu đồng, tăng 8,2% so với năm 2022. Thu nhập bình quân đầu người mỗi tháng ở khu vực thành thị là 5,1 triệu đồng.\n';
    expect(figureAt(text, '3,85 triệu đồng', opts).unit).toBe('VND/người/tháng');
    expect(figureAt(text, '5,1 triệu đồng', opts).unit).toBe('VND/người/tháng');
  });
  it('keeps per-year money when no month is named, and a stretch of months is no month', () => {
    const text = 'Tỉnh Quảng Trị\n\nThu nhập bình quân đầu người năm 2023 đạt 46,2 triệu đồng. Thu nhập bình quân đầu người 6 tháng đầu năm 2024 ước đạt 24,3 triệu đồng.\n';
    expect(figureAt(text, '46,2 triệu đồng', opts).unit).toBe('VND/người/năm');
    expect(figureAt(text, '24,3 triệu đồng', opts).unit).toBe('VND/người/năm');
  });
});
