// "Trong tháng, toàn tỉnh xảy ra 12 vụ tai nạn giao thông": in a monthly report, "trong tháng" is the report's month,
// named earlier ("Kinh tế - xã hội tháng 10 …"); with no month named before it, it dates nothing.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2024-11-02' };

describe('"Trong tháng," in a monthly report', () => {
  it('is the month the report named', () => {
    const text = 'Tình hình kinh tế - xã hội tháng 10/2024\n\nThu ngân sách 10 tháng đạt 4.820 tỷ đồng.\n\nTrong tháng, toàn tỉnh xảy ra 12 vụ tai nạn giao thông, làm chết 8 người.';
    expectFigure(text, '12 vụ', { period: '2024-M10' }, opts);
  });
  it('dates nothing when no month was named', () => {
    const text = 'Tình hình trật tự an toàn giao thông năm 2024\n\nTrong tháng, toàn tỉnh xảy ra 12 vụ tai nạn giao thông.';
    expectFigure(text, '12 vụ', { period: '2024' }, opts);
  });
});
