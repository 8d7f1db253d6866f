// "tính chung 3 tỉnh trước hợp nhất, kinh tế tăng trưởng bình quân 6,8%/năm": the units a total is summed over before a
// merger are named, not counted, as "(số liệu tính gộp 3 địa phương trước hợp nhất)" already is. A count of places that
// did something stays a figure.
import { describe, expect, it } from 'vitest';
import { figureAt, figuresIn } from './helpers.ts';

const opts = { published: '2025-10-15' };

describe('the units a total is summed over before a merger', () => {
  it('are no figure', () => {
    const text = 'Nhiệm kỳ 2020 - 2025, tính chung 4 huyện trước sắp xếp, tổng vốn đầu tư toàn xã hội đạt 52.000 tỷ đồng.\n';
    expect(figuresIn(text, opts).map((f) => f.text)).toEqual(['52.000 tỷ đồng']);
    const places = 'Thu ngân sách (tính chung 2 địa phương sau hợp nhất) đạt 3.120 tỷ đồng.\n';
    expect(figuresIn(places, opts).map((f) => f.text)).toEqual(['3.120 tỷ đồng']);
  });

  it('a count of places that did something is still a figure', () => {
    const text = 'Tính chung cả tỉnh, 4 huyện đã hoàn thành sắp xếp trước hợp nhất tháng 7/2025.\n';
    expect(figureAt(text, '4 huyện', opts).value).toBe(4);
  });
});
