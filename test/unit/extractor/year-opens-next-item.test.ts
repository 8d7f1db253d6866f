// "bình quân 4,8%/năm (năm 2022 tăng 3,1%, năm 2023 tăng 6,5%)": a year followed by its own verb opens the next item and
// dates it; it is no base of the change before it. The spec gives a change a base only where "so với …" (or a year
// right after it) says so, so the first item has none. A year right after a change, with no verb of its own, still is one.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'Sơ kết giữa nhiệm kỳ\n\n';
const OPTS = { published: '2024-06-14' };

describe('a year opening the next item of a list', () => {
  it('is no base of the change before it', () => {
    const text = `${HEAD}Tăng trưởng kinh tế giai đoạn 2022 - 2023 bình quân 4,8%/năm (năm 2022 tăng 3,1%, năm 2023 tăng 6,5%).`;
    const first = figureAt(text, '3,1%', OPTS);
    expect(first.period).toBe('2022');
    expect(first.base).toBeUndefined();
    expect(figureAt(text, '6,5%', OPTS).period).toBe('2023');
  });

  it('is no base either when the item is a level reached', () => {
    const text = `${HEAD}Kim ngạch xuất khẩu tăng 9,2%, năm 2023 đạt 1,4 tỷ USD.`;
    expect(figureAt(text, '9,2%', OPTS).base).toBeUndefined();
  });

  it('stays the base when no verb of its own follows it', () => {
    const text = `${HEAD}Thu ngân sách năm nay tăng 11,3% so năm 2023, vượt dự toán.`;
    expect(figureAt(text, '11,3%', OPTS).base).toBe('2023');
    const bare = `${HEAD}Số doanh nghiệp thành lập mới tăng 1,7 lần năm 2022.`;
    expect(figureAt(bare, '1,7 lần', OPTS).base).toBe('2022');
  });
});
