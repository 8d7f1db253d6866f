// "Sáng 12/9, UBND tỉnh tổng kết Đề án … giai đoạn 2022 - 2024. Toàn tỉnh đã xây mới 3.150 căn …": a lead that reviews a
// stretch already run, and names no year besides, dates the page by that stretch. A lead that names the year it
// reports ("Năm 2024, … giai đoạn 2021 - 2025") keeps the year: the stretch is only the programme's name there.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-09-14' };

describe('a reviewed stretch in the lead', () => {
  it('frames the page when the lead names no year', () => {
    const text = 'Hỗ trợ nhà ở cho hộ nghèo vùng cao\n\nSáng 12/9, UBND tỉnh tổ chức hội nghị tổng kết Đề án hỗ trợ nhà ở giai đoạn 2022 - 2024. ' +
      'Toàn tỉnh đã xây mới 3.150 căn nhà cho hộ nghèo, tổng kinh phí 189 tỷ đồng.\n\nNgười dân phấn khởi khi được ở nhà mới. Các huyện đã huy động thêm 42 tỷ đồng.\n';
    expect(figureAt(text, '3.150', opts).period).toBe('2022/2024');
    expect(figureAt(text, '42 tỷ', opts).period).toBe('2022/2024');
  });

  it('leaves the year reported as the frame', () => {
    const text = 'Hỗ trợ nhà ở cho hộ nghèo vùng cao\n\nNăm 2024, thực hiện tổng kết Đề án hỗ trợ nhà ở giai đoạn 2021 - 2025, toàn tỉnh đã xây mới ' +
      '3.150 căn nhà cho hộ nghèo, tổng kinh phí 189 tỷ đồng.\n\nCác huyện đã huy động thêm 42 tỷ đồng.\n';
    expect(figureAt(text, '42 tỷ', opts).period).toBe('2024');
  });
});
