// "giá trị sản xuất thủy sản chỉ đạt 94,2% kế hoạch do diện tích nuôi ngao ven biển bị thiệt hại sau đợt triều cường
// tháng 10; …, giải ngân vốn đầu tư công mới đạt 68,5% kế hoạch" (a district's year-end review): the month of an event a
// reason names after a figure dates neither that figure nor the clauses after it. "do" before any figure ("Vốn … do
// huyện quản lý tháng 9/2024 ước đạt …") names who manages, and its month still dates the figure.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2024-10-05' };

describe('a month inside the reason given for a figure', () => {
  it('dates neither the figure nor the clause after it', () => {
    const text = 'Kinh tế 9 tháng năm 2024\n\n9 tháng năm 2024, thu ngân sách trên địa bàn đạt 412 tỷ đồng.\n\nGiá trị sản xuất thủy sản chỉ đạt 71% kế hoạch do ảnh hưởng của đợt mưa lũ tháng 9; giá trị sản xuất công nghiệp tăng 5,1% so với cùng kỳ.';
    expect(figureAt(text, '71%', OPTS).period).toBe('2024-9M');
    expect(figureAt(text, '5,1%', OPTS).period).toBe('2024-9M');
  });
});

describe('"do" before any figure', () => {
  it('names who manages the money; its month dates the figure', () => {
    const text = 'Kinh tế 9 tháng năm 2024\n\nVốn đầu tư từ ngân sách do huyện quản lý tháng 9/2024 ước đạt 86 tỷ đồng.';
    expect(figureAt(text, '86 tỷ đồng', OPTS).period).toBe('2024-M09');
  });
});
