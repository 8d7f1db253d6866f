// "Toàn thành phố có 1.032 doanh nghiệp, trong đó 38 doanh nghiệp thành lập mới": a bare count takes what the rest of its
// clause counts, but not what a breakdown ("trong đó", "gồm") names: that is the part's. Found by probing after holdout12.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { locality: 'thành phố Sóc Trăng', published: '2024-04-10' };

describe('a breakdown names the part, not the whole', () => {
  it('the whole count of enterprises is no count of new ones', () => {
    const text = 'Toàn thành phố hiện có 1.032 doanh nghiệp, trong đó 38 doanh nghiệp thành lập mới trong quý.';
    expect(figureAt(text, '1.032', opts).indicator).toBeUndefined();
    expect(figureAt(text, '38', opts).indicator).toBe('new_enterprises');
  });
  it('a bare count still takes what the rest of its clause counts', () => {
    const text = 'Trong quý, trên địa bàn xảy ra 4 vụ, làm chết 2 người do tai nạn giao thông.';
    expect(figureAt(text, '4 vụ', opts).indicator).toBe('traffic_accidents');
  });
});
