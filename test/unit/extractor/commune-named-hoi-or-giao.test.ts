// "Đảng ủy xã Hội Thịnh tổ chức hội nghị …": a commune whose name opens on "Hội" or "Giao" is no "xã hội" or "xã giao"
// when the page writes it with capitals; "xã hội" in running text stays society.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extractor/index.ts';

const places = (text: string) => extract(text, { published: '2026-01-07' }).figures.map((f) => [f.text, f.locality ?? null]);

describe('a commune named "Hội …" or "Giao …"', () => {
  it('is the page\'s place', () => {
    expect(places('Báo Phú Thọ\nĐảng ủy xã Hội Thịnh triển khai nhiệm vụ năm 2026\nNăm 2025, Đảng ủy xã Hội Thịnh đã lãnh đạo hoàn thành các chỉ tiêu. ' +
      'Tổng thu ngân sách nhà nước ước đạt trên 416 tỷ đồng.'))
      .toEqual([['416 tỷ đồng', 'xã Hội Thịnh']]);
  });

  it('leaves "xã hội" in running text alone', () => {
    expect(places('Báo Phú Thọ\nXã Tam Hồng tổng kết năm 2025\nNăm 2025, kinh tế - xã hội Tam Hồng phát triển. Các chính sách an sinh xã hội Hỗ Trợ 120 hộ nghèo.'))
      .toEqual([['120 hộ', 'xã Tam Hồng']]);
  });
});
