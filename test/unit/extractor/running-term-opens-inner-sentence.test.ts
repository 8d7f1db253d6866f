// "Chỉnh trang đô thị có nhiều chuyển biến. Cả nhiệm kỳ, các phường vận động Nhân dân …. Tỷ lệ thu gom rác đạt 100%":
// a sentence inside a paragraph that opens on the term under review dates the sentences after it that name no period.
// Written after holdout29.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const congress = 'Đại hội đại biểu Đảng bộ phường Tân Hưng lần thứ I, nhiệm kỳ 2025 - 2030\n\nNgày 12-8, Đảng bộ phường Tân Hưng tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030.\n\n';
const opts = { published: '2025-08-13' };

describe('the term under review opening an inner sentence', () => {
  it('dates a later sentence of the paragraph that names no period', () => {
    const text = congress + 'Chỉnh trang đô thị có nhiều chuyển biến. Cả nhiệm kỳ, phường vận động Nhân dân nâng cấp 64 tuyến hẻm. Tỷ lệ thu gom chất thải rắn sinh hoạt đạt 100%.';
    expect(figureAt(text, '100%', opts).period).toBe('2020/2025');
  });

  it('a year named after it dates the sentences after that year', () => {
    const text = congress + 'Chỉnh trang đô thị có nhiều chuyển biến. Cả nhiệm kỳ, phường nâng cấp 64 tuyến hẻm. Riêng năm 2024, phường tiếp nhận 9.200 hồ sơ. Tỷ lệ giải quyết đúng hạn đạt 99,2%.';
    expect(figureAt(text, '99,2%', opts).period).toBe('2024');
  });

  it('a sentence that only mentions the term in passing dates nothing after it', () => {
    const text = congress + 'Năm 2024, phường thu ngân sách 312 tỷ đồng, cao nhất cả nhiệm kỳ. Tỷ lệ giải quyết hồ sơ đúng hạn đạt 99,2%.';
    expect(figureAt(text, '99,2%', opts).period).toBe('2024');
  });
});

describe('the term under review as the topic of an earlier sentence', () => {
  it('"… là điểm sáng của cả nhiệm kỳ." dates the sentences after it that name no period', () => {
    const text = congress + 'Thu hút đầu tư là điểm sáng của cả nhiệm kỳ. Toàn phường có thêm 86 dự án với tổng vốn đăng ký 2.400 tỷ đồng.';
    expect(figureAt(text, '2.400 tỷ đồng', opts).period).toBe('2020/2025');
  });

  it('a sentence about the coming term dates nothing after it as the term under review', () => {
    const text = congress + 'Trong 5 năm tới, phường tập trung chỉnh trang đô thị. Tỷ lệ thu gom chất thải rắn sinh hoạt đạt 100%.';
    expect(figureAt(text, '100%', opts).period).not.toBe('2020/2025');
  });
});
