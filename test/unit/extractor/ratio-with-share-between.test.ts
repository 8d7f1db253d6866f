// "Huyện Duy Tiên có 16/16 (100%) xã đã được công nhận đạt chuẩn nông thôn mới": the share in brackets stands between
// the ratio and what it counts; the ratio is still a figure, counting communes.
import { describe, expect, it } from 'vitest';
import { figureAt, figuresIn } from './helpers.ts';

describe('a ratio with its share in brackets before the counted noun', () => {
  const text = 'Huyện Duy Tiên có 16/16 (100%) xã đã được UBND tỉnh công nhận đạt chuẩn nông thôn mới.';

  it('the ratio is found, counts communes, and keeps its own span', () => {
    const f = figureAt(text, '16/16');
    expect(f).toMatchObject({ kind: 'ratio', value: 16, of: 16, unit: 'xã', text: '16/16' });
  });

  it('the share in brackets stays a figure of its own', () => {
    expect(figureAt(text, '100%').unit).toBe('%');
  });

  it('a date with a bracket after it is no ratio', () => {
    expect(figuresIn('Ngày 16/6 (thứ Hai), xã tổ chức lễ ra quân.')).toHaveLength(0);
  });
});
