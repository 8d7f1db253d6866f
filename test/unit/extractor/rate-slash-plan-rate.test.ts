// "tỷ lệ xã đạt chuẩn nông thôn mới 83,2%/50% tổng số xã": two rates, each with its own sign, either side of a slash are
// the rate reached and the plan's, as "16.133 con/KH 16.200 con" is: two figures, the second a target. (Before, the
// first was dropped as a ratio of percentages.)
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2020-10-15' };

describe('a rate, a slash, the plan\'s rate', () => {
  it('reads both, the first reached and the second the plan', () => {
    const text = 'Nhiều chỉ tiêu Nghị quyết đạt cao như tỷ lệ xã đạt chuẩn nông thôn mới 76,5%/60% tổng số xã; tỷ lệ che phủ rừng 4,1%/4%.';
    expect(figureAt(text, '76,5%', OPTS)).toMatchObject({ kind: 'level', value: 76.5, modality: 'actual' });
    expect(figureAt(text, '60%', OPTS)).toMatchObject({ kind: 'level', value: 60, modality: 'target' });
    expect(figureAt(text, '4,1%', OPTS).modality).toBe('actual');
    expect(figureAt(text, '4%.', OPTS).modality).toBe('target');
  });

  it('a count out of its whole stays one ratio', () => {
    const text = 'Nhiều chỉ tiêu Nghị quyết đạt cao như phát triển đảng viên mới 1.820/1.500 đảng viên.';
    expect(figureAt(text, '1.820', OPTS)).toMatchObject({ kind: 'ratio', value: 1820, of: 1500 });
  });
});
