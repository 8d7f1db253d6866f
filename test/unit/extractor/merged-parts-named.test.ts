// A commune formed by a merger sums its former parts ("cả năm (tính gộp ba đơn vị cũ) đạt 21,4 tỷ đồng", "sau khi hợp
// nhất hai xã đều đã đạt chuẩn"): the spelled number names the parts merged, it counts nothing. A spelled count of
// units that met a standard ("ba xã đạt chuẩn nông thôn mới") is still a figure.
import { describe, expect, it } from 'vitest';
import { figuresIn } from './helpers.ts';

const pub = { published: '2026-01-06' };

describe('parts merged or summed', () => {
  it('"tính gộp ba đơn vị cũ" is no count', () => {
    const text = 'Xã Tân Hòa tổng kết năm 2025\n\nThu ngân sách cả năm (tính gộp ba đơn vị cũ) đạt 21,4 tỷ đồng.';
    expect(figuresIn(text, pub).map((f) => f.text)).toEqual(['21,4 tỷ đồng']);
  });
  it('"sau khi hợp nhất hai xã" is no count', () => {
    const text = 'Xã Tân Hòa tổng kết năm 2025\n\nSau khi hợp nhất hai xã đều đã đạt chuẩn nông thôn mới, xã thu ngân sách 21,4 tỷ đồng.';
    expect(figuresIn(text, pub).map((f) => f.text)).toEqual(['21,4 tỷ đồng']);
  });
});

describe('units that met a standard', () => {
  it('"ba xã đạt chuẩn" is a count', () => {
    const text = 'Huyện Tân Hòa tổng kết năm 2025\n\nNăm 2025, huyện có thêm ba xã đạt chuẩn nông thôn mới.';
    expect(figuresIn(text, pub).map((f) => f.text)).toContain('ba xã');
  });
});
