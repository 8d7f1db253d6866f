// "tăng điểm ở 7 chỉ số thành phần", "giảm điểm ở 3 chỉ số": "ở" before the number says where a move happened. The number
// counts those parts; it is a level, not the size of the move. The move's own size stays a change.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2024-05-08' };

describe('a move counted by where it happened', () => {
  it('"tăng điểm ở 7 chỉ số" counts the parts that rose', () => {
    const f = figureAt('Năm 2023, tỉnh tăng điểm ở 7 chỉ số thành phần so với năm 2022.', '7 chỉ số', OPTS);
    expect(f.kind).toBe('level');
    expect(f.direction).toBeUndefined();
  });

  it('"giảm điểm ở 3 chỉ số" counts the parts that fell, and the size before it is still the change', () => {
    const text = 'Năm 2023, chỉ số PAPI của tỉnh giảm 1,25 điểm so với năm 2022, giảm điểm ở 3 chỉ số nội dung.';
    expect(figureAt(text, '1,25 điểm', OPTS)).toMatchObject({ kind: 'change', direction: 'down' });
    const parts = figureAt(text, '3 chỉ số', OPTS);
    expect(parts.kind).toBe('level');
    expect(parts.direction).toBeUndefined();
  });

  it('without "ở" a counted move stays a change', () => {
    expect(figureAt('Số hộ nghèo giảm 320 hộ so với năm 2022.', '320 hộ', OPTS)).toMatchObject({ kind: 'change', direction: 'down' });
  });
});
