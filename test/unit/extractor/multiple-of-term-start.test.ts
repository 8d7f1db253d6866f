// "thu nhập bình quân đầu người đạt 58 triệu đồng, gấp 1,5 lần đầu nhiệm kỳ": a multiple of the level the term opened
// on, as "so với đầu nhiệm kỳ" is, without the "so với" (as "gấp 1,4 lần năm trước"): its base is the term's first year.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const page = (tail: string) => `Đảng bộ huyện tổ chức Đại hội đại biểu lần thứ XXIII, nhiệm kỳ 2025 - 2030. Nhiệm kỳ 2020 - 2025, toàn huyện có 1.240 doanh nghiệp đang hoạt động, ${tail}\n`;

describe('a multiple of the term\'s start', () => {
  it('is measured against the year the term opened', () => {
    const m = figureAt(page('gấp 1,8 lần đầu nhiệm kỳ.'), '1,8 lần', { published: '2025-07-20' });
    expect(m.kind).toBe('change');
    expect(m.base).toBe('2020');
  });

  it('not when the start of the term opens another clause', () => {
    const m = figureAt(page('tăng gấp 1,8 lần; đầu nhiệm kỳ chỉ có 690 doanh nghiệp.'), '1,8 lần', { published: '2025-07-20' });
    expect(m.base).toBeUndefined();
  });
});
