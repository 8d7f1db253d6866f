// "Tổng giá trị sản xuất đạt 15.642 tỷ đồng/KH 16.100 tỷ đồng" in a January review whose lead also names the year
// ahead ("tổng kết năm 2024, triển khai nhiệm vụ năm 2025"): the plan after the slash is the result's year's plan, not
// the coming year's. A target the page sets for the year ahead keeps that year.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2025-01-10' };
const HEAD = 'Huyện Long Phú tổng kết công tác năm 2024\n\nNgày 9-1, Huyện ủy Long Phú tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.\n\n';

describe('a plan after a slash beside its result', () => {
  it('is the result\'s year\'s plan', () => {
    const text = HEAD + 'Theo báo cáo, sản lượng thủy sản đạt 48.300 tấn/KH 50.000 tấn, tăng 4,2% so với năm 2023.';
    expect(figureAt(text, '48.300 tấn', OPTS)).toMatchObject({ period: '2024', modality: 'actual' });
    expect(figureAt(text, '50.000 tấn', OPTS)).toMatchObject({ period: '2024', modality: 'target' });
  });

  it('a target set for the year ahead keeps that year', () => {
    const text = HEAD + 'Năm 2025, huyện phấn đấu sản lượng thủy sản đạt 52.000 tấn.';
    expect(figureAt(text, '52.000 tấn', OPTS)).toMatchObject({ period: '2025', modality: 'target' });
  });
});
