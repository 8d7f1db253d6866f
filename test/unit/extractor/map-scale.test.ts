// "Đã phê duyệt quy hoạch chi tiết tỷ lệ 1/500 Cụm công nghiệp Thủy Phương": the scale of a plan's map is no figure;
// a share written as a ratio stays one.
import { describe, expect, it } from 'vitest';
import { figuresIn } from './helpers.ts';

describe('the scale of a plan\'s map', () => {
  it('is no figure', () => {
    expect(figuresIn('UBND huyện phê duyệt quy hoạch chi tiết tỷ lệ 1/500 Cụm công nghiệp Bình Lợi với diện tích 61,5 ha.').map((f) => f.text)).toEqual(['61,5 ha']);
    expect(figuresIn('Tỉnh phê duyệt đồ án quy hoạch phân khu tỷ lệ 1/2.000 khu đô thị mới với diện tích 312 ha.').map((f) => f.text)).toEqual(['312 ha']);
  });

  it('a ratio of things counted stays a figure', () => {
    const text = 'Đến nay đã có 12/15 xã hoàn thành quy hoạch chung xây dựng.';
    expect(figuresIn(text).map((f) => f.text)).toEqual(['12/15 xã']);
  });
});
