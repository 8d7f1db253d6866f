// A signed bare number in a bracket right after a figure ("6,95 điểm (+0,41)", "52.300 con (-1.150)") is how that
// figure moved, in its unit; after a scale word ("1,4 triệu lượt (+90.000)") the bracket's scale is unknown, and it
// is left alone.
import { describe, expect, it } from 'vitest';
import { figureAt, figuresIn } from './helpers.ts';

const OPTS = { published: '2025-05-10' };

describe('a signed bracket after a figure', () => {
  it('moves a component score in points', () => {
    const text = 'PCI 2024 của tỉnh\n\nSo với năm 2023, tỉnh tăng điểm ở nhiều chỉ số thành phần:\n- Tính minh bạch: 6,95 điểm (+0,41);\n- Chi phí không chính thức: 7,02 điểm (-0,12).';
    expect(figureAt(text, '0,41', OPTS)).toMatchObject({ kind: 'change', value: 0.41, unit: 'điểm', direction: 'up' });
    expect(figureAt(text, '0,12', OPTS)).toMatchObject({ kind: 'change', value: 0.12, direction: 'down' });
  });

  it('moves a head count in its counted noun', () => {
    const text = 'Chăn nuôi\n\nNăm 2024, tổng đàn bò của huyện đạt 52.300 con (-1.150), đàn lợn 184.000 con.';
    expect(figureAt(text, '1.150', OPTS)).toMatchObject({ kind: 'change', value: 1150, unit: 'con', direction: 'down' });
  });

  it('after a scale word the bracket is left alone', () => {
    const text = 'Du lịch\n\nNăm 2024, tỉnh đón 1,4 triệu lượt khách (+90.000).';
    expect(figuresIn(text, OPTS).map((f) => f.text)).toEqual(['1,4 triệu lượt khách']);
  });
});
