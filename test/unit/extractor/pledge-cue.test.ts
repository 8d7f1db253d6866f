// What someone pledges to give or lend ("các ngân hàng cam kết dành 30.000 tỷ đồng cho vay ưu đãi") is a target; the
// capital pledged in a signed deal ("vốn cam kết đạt 1,2 tỷ USD") is an amount reached.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2026-01-10' };

describe('a pledge', () => {
  it('to give or lend is a target', () => {
    const text = 'Hội nghị doanh nghiệp\n\nTại hội nghị, các ngân hàng cam kết dành 30.000 tỷ đồng cho vay ưu đãi doanh nghiệp nhỏ và vừa trong năm 2026.';
    expect(figureAt(text, '30.000 tỷ đồng', OPTS)).toMatchObject({ modality: 'target' });
  });

  it('capital pledged in a deal is an amount', () => {
    const text = 'Xúc tiến đầu tư\n\nNăm 2025, tổng vốn cam kết của các dự án ký kết đạt 1,2 tỷ USD.';
    expect(figureAt(text, '1,2 tỷ USD', OPTS)).toMatchObject({ modality: 'actual' });
  });
});
