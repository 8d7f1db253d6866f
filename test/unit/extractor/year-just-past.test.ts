// "Năm qua, ngành y tế đạt và vượt 9/10 chỉ tiêu" on a page of late December, after a lead that names the coming year's
// tasks: "năm qua" is the year just past (the page's year from October on, the year before in January to March), and
// "năm học qua" from June on is the school year that ended that summer. In between, "năm qua" dates nothing.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('the year just past', () => {
  it('dates a year-end review\'s figures by the page\'s year, not the coming year named before', () => {
    const text = 'Báo Lạng Sơn\n28/12/2024 07:30\n\nNgày 27/12, Sở Y tế tổng kết công tác năm 2024 và triển khai nhiệm vụ năm 2025. Năm qua, ngành y tế hoàn thành 11/12 chỉ tiêu được giao.';
    const f = figureAt(text, '11/12');
    expect([f.period, f.modality]).toEqual(['2024', 'actual']);
  });

  it('dates a school-year review by the school year that ended', () => {
    const text = 'Báo Lạng Sơn\n20/08/2024 07:30\n\nSáng 19/8, Sở GD-ĐT triển khai nhiệm vụ năm học 2024 - 2025. Năm học vừa qua, toàn tỉnh có thêm 26 trường đạt chuẩn quốc gia.';
    expect(figureAt(text, '26').period).toBe('2023/2024');
  });

  it('in mid-year, "năm qua" does not take the year before', () => {
    const text = 'Báo Lạng Sơn\n15/07/2024 07:30\n\nSáu tháng đầu năm 2024, kinh tế của tỉnh tiếp tục phục hồi. Năm qua, tỉnh thu hút 12 dự án đầu tư mới.';
    expect(figureAt(text, '12 dự án').period).not.toBe('2023');
  });
});
