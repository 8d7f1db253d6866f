// Capital added to projects is an amount invested, not a change (session 3), and so is its part in đồng joined to
// the part in dollars: "điều chỉnh tăng vốn thêm 120 triệu USD và 860 tỷ đồng". A rise of revenue stays a change.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2024-07-15' };

describe('capital added in dollars and đồng', () => {
  it('both parts are levels', () => {
    const text = 'Các KCN 6 tháng\n\n6 tháng đầu năm 2024, 14 lượt dự án điều chỉnh tăng vốn thêm 120 triệu USD và 860 tỷ đồng.';
    expect(figureAt(text, '120 triệu USD', OPTS)).toMatchObject({ kind: 'level' });
    const dong = figureAt(text, '860 tỷ đồng', OPTS);
    expect(dong.kind).toBe('level');
    expect(dong.direction).toBeUndefined();
  });

  it('a rise of revenue in đồng is a change', () => {
    const text = 'Các KCN 6 tháng\n\n6 tháng đầu năm 2024, doanh thu các doanh nghiệp KCN đạt 2.400 tỷ đồng, tăng 360 tỷ đồng so với cùng kỳ.';
    expect(figureAt(text, '360 tỷ đồng', OPTS)).toMatchObject({ kind: 'change', direction: 'up' });
  });
});
