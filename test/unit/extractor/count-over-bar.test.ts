// "16 địa phương có số thu trên 20.000 tỷ đồng, trong khi 22 địa phương thu dưới 5.000 tỷ đồng": places counted by
// whether their revenue passes a bar. The counts are figures; the bars they are sorted by are not.
import { describe, expect, it } from 'vitest';
import { figureAt, figuresIn } from './helpers.ts';

describe('places counted over a bar', () => {
  it('keeps the counts and drops the bars', () => {
    const text = 'Số thu phân hóa rõ: 14 địa phương có số thu trên 30.000 tỷ đồng, trong khi 19 địa phương thu dưới 6.000 tỷ đồng.';
    expect(figuresIn(text).map((f) => f.text)).toEqual(['14 địa phương', '19 địa phương']);
  });

  it('a bar written as a threshold of trade', () => {
    expect(figuresIn('Có 5 tỉnh vẫn có kim ngạch xuất khẩu dưới ngưỡng 150 triệu USD.').map((f) => f.text)).toEqual(['5 tỉnh']);
  });

  it('projects counted with their total still give the total', () => {
    expect(figureAt('Tỉnh thu hút 15 dự án với tổng vốn hơn 68.400 tỷ đồng.', '68.400').unit).toBe('VND');
  });
});
