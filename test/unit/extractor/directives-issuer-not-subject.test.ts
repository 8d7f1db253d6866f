// "hơn 97% đảng viên tham gia học tập, quán triệt các nghị quyết, chỉ thị của Trung ương và của tỉnh": whose directives
// they are names no new subject; the commune's figures after it stay the commune's.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extractor/index.ts';

const places = (sentence: string) =>
  extract(`Báo Phú Thọ\nĐảng ủy xã Bình Xuyên triển khai nhiệm vụ năm 2026\nNgày 9/1, Đảng uỷ xã Bình Xuyên tổ chức Hội nghị tổng kết công tác năm 2025.\n\n${sentence} ` +
    'Tốc độ tăng trưởng kinh tế năm 2025 ước đạt 16,4%.', { published: '2026-01-10' }).figures.map((f) => [f.text, f.locality ?? null]);

describe('the province as the issuer of directives', () => {
  it('is not the subject of the figures after it', () => {
    expect(places('Hơn 97% đảng viên tham gia học tập, quán triệt các nghị quyết, chỉ thị của Trung ương và của tỉnh.'))
      .toEqual([['97%', 'xã Bình Xuyên'], ['16,4%', 'xã Bình Xuyên']]);
  });

  it('still reads the province spoken of as the subject', () => {
    expect(places('Toàn tỉnh có 148 xã, phường.')).toEqual([['148 xã', 'tỉnh Phú Thọ'], ['16,4%', 'tỉnh Phú Thọ']]);
  });
});
