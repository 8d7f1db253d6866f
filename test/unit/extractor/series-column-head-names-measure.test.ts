// A roundup's table of places puts several measures side by side: "Địa phương | Tăng trưởng GRDP (%) | Thu ngân sách (tỷ
// đồng) | Xuất khẩu (triệu USD)". Each cell measures what its own column's heading names, not whatever heading the line
// named last. A column whose heading names no measure the lexicon knows keeps the reading from around the table.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a measure column of a table of places', () => {
  it('gives each cell the indicator its heading names', () => {
    const text = 'Kết quả năm 2024 của các tỉnh Tây Nguyên\n\nMột số chỉ tiêu năm 2024:\n' +
      'Địa phương | Thu ngân sách (tỷ đồng) | Xuất khẩu (triệu USD)\nĐắk Lắk | 9.120 | 1.840\nGia Lai | 7.350 | 1.310\n';
    expect(figureAt(text, '9.120').indicator).toBe('budget_revenue');
    expect(figureAt(text, '1.840').indicator).toBe('export_value');
    expect(figureAt(text, '7.350').locality).toBe('tỉnh Gia Lai');
  });

  it('reads a heading that names no measure from the text around', () => {
    const text = 'Khách du lịch dịp Tết\n\nLượng khách đến các tỉnh trong 9 ngày nghỉ Tết:\n' +
      'Địa phương | Lượt khách | Doanh thu (tỷ đồng)\nLâm Đồng | 412.000 | 1.250\n';
    expect(figureAt(text, '412.000').indicator).toBe('tourist_arrivals');
  });
});
