// "Riêng phường An Hòa cũ xây dựng được 18 tuyến đường văn minh, nâng tổng số tuyến đường văn minh của ba phường lên 41
// tuyến": the former part owns its own figure; the sum "của ba phường" is the new ward's. Written after holdout29.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-08-16', locality: 'phường Cái Khế' };
const text = 'Phường Cái Khế được thành lập trên cơ sở sắp xếp các phường Cái Khế, An Hòa và Thới Bình.\n\n' +
  'Riêng phường An Hòa cũ xây dựng được 18 tuyến đường văn minh đô thị, nâng tổng số tuyến đường văn minh của ba phường lên 41 tuyến.';

describe('the former parts summed', () => {
  it('"của ba phường" is the new ward\'s figure', () => {
    expect(figureAt(text, '41 tuyến', opts).locality).toBe('phường Cái Khế');
  });

  it('the former part still owns the figure it opens on', () => {
    expect(figureAt(text, '18 tuyến', opts).locality).toBe('phường An Hòa');
  });
});
