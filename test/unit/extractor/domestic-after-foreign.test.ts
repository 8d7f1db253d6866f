// "thu hút vốn FDI đạt 1,2 tỷ USD và trong nước đạt gần 69.000 tỷ đồng": the domestic side named bare after the foreign
// one is domestic investment, not more of the foreign.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-12-05' };

describe('the domestic side after the foreign', () => {
  it('joined by "và"', () => {
    expect(figureAt('Năm 2025, tỉnh thu hút vốn FDI đạt 415 triệu USD và trong nước đạt gần 21.000 tỷ đồng.', '21.000', opts).indicator).toBe('domestic_investment');
  });

  it('after a semicolon', () => {
    expect(figureAt('Năm 2025, vốn đầu tư nước ngoài đạt 415 triệu USD; vốn trong nước đạt 21.000 tỷ đồng.', '21.000', opts).indicator).toBe('domestic_investment');
  });

  it('the foreign capital in đồng stays foreign', () => {
    expect(figureAt('Năm 2025, vốn FDI đạt 415 triệu USD, tương đương 10.500 tỷ đồng.', '10.500', opts).indicator).toBe('fdi');
  });
});
