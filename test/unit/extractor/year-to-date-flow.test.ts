// Under a lead counted "đến hết tháng 10/2026", a sentence that counts "Từ đầu năm" sums the months elapsed (10M);
// a stock in the same report stands at the cut-off month.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const LEAD = 'Tính đến hết tháng 10/2026, tỉnh Tuyên Quang đã đưa phần lớn thủ tục hành chính lên môi trường mạng, dữ liệu dân cư được khai thác ở tất cả các xã, phường.\n\n';

describe('a count from the start of the year under a cut-off month', () => {
  it('"Từ đầu năm" gives the months elapsed', () => {
    const text = `${LEAD}Từ đầu năm, các cơ quan và chính quyền cấp xã tiếp nhận 1.284.560 hồ sơ thủ tục hành chính.`;
    expect(figureAt(text, '1.284.560').period).toBe('2026-10M');
  });

  it('a stock stands at the cut-off month', () => {
    const text = `${LEAD}Công an tỉnh đã kích hoạt 1.048.900 tài khoản định danh điện tử.`;
    expect(figureAt(text, '1.048.900').period).toBe('2026-M10');
  });
});
