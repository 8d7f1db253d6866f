// "Giá trị sản xuất nhiệm kỳ tăng 9,15%" at the congress of the new term: the term named bare after what it measures,
// right before the verb, is the term just run; "nhiệm kỳ" naming the new term's congress dates no such figure.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a term named bare before the verb', () => {
  it('dates the figure by the term just run', () => {
    const text = `Đại hội Đảng bộ xã Quang Sơn lần thứ I

Ngày 28/7, Đảng bộ xã Quang Sơn tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030.

Thu ngân sách nhiệm kỳ đạt 412 tỷ đồng. Cơ cấu kinh tế chuyển dịch theo hướng tăng dịch vụ.`;
    expect(figureAt(text, '412 tỷ đồng', { published: '2025-07-29' }).period).toBe('2020/2025');
  });

  it('a figure of the year in a sentence that names no term keeps the year', () => {
    const text = `Đại hội Đảng bộ xã Quang Sơn lần thứ I

Ngày 28/7, Đảng bộ xã Quang Sơn tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030.

Năm 2025, thu ngân sách ước đạt 96 tỷ đồng.`;
    expect(figureAt(text, '96 tỷ đồng', { published: '2025-07-29' }).period).toBe('2025');
  });
});
