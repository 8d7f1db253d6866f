// "Từ ngày 1/7 đến nay, phường tiếp nhận 3.420 hồ sơ …" on a ward's page of early October 2025: the stretch since the
// ward was formed runs to the last month the page's date closes, the third quarter; on a page of late December it is the
// second half. A month's stretch "từ đầu tháng 12 đến nay" is not this pattern.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const body = 'Phường Tân An: 9 tháng thu ngân sách đạt 78% dự toán\n\nTheo báo cáo của UBND phường, 9 tháng năm 2025, thu ngân sách trên địa bàn đạt 312 tỷ đồng, bằng 78% dự toán.\n\n' +
  'Từ ngày 1/7 đến nay, Trung tâm phục vụ hành chính công phường tiếp nhận 3.420 hồ sơ, giải quyết đúng hạn 98,6%.';

describe('a stretch from a month\'s first day to now ("từ ngày 1/7 đến nay")', () => {
  it("is the quarter the page's date closes", () => {
    expect(figureAt(body, '3.420', { published: '2025-10-06' }).period).toBe('2025-Q3');
  });

  it('is the second half on a page of late December', () => {
    const text = body.replace('9 tháng thu ngân sách đạt 78% dự toán', 'tổng kết năm 2025').replace('9 tháng năm 2025', 'năm 2025');
    expect(figureAt(text, '3.420', { published: '2025-12-20' }).period).toBe('2025-H2');
  });

  it("a stretch from a mid-month day is left to the report's period", () => {
    const text = body.replace('Từ ngày 1/7 đến nay', 'Từ ngày 15/7 đến nay');
    expect(figureAt(text, '3.420', { published: '2025-10-06' }).period).toBe('2025-9M');
  });
});
