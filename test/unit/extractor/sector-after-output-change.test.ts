// "Tổng giá trị sản xuất ước đạt 8.420 tỷ đồng, tăng 9,3% so với cùng kỳ, trong đó công nghiệp tăng 12,6%, nông nghiệp
// tăng 2,1%, xây dựng tăng 7,4%, dịch vụ tăng 8,8%": each sector named after the figure before it takes its own output
// value, not the total's carried from that figure: industry's and farming's are theirs, and building named alone, like
// trade and services, has none of its own (not the farm output of the item before it).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-07-08' };
const text = 'Sáu tháng đầu năm 2024, tổng giá trị sản xuất trên địa bàn huyện ước đạt 8.420 tỷ đồng, tăng 9,3% so với cùng kỳ, trong đó công nghiệp tăng 12,6%, nông nghiệp tăng 2,1%, xây dựng tăng 7,4%, dịch vụ tăng 8,8%.';

describe('sectors named after a change of the total output value', () => {
  it('keeps the total for the total\'s own change', () => {
    expect(figureAt(text, '9,3%', opts).indicator).toBe('total_output_value');
  });

  it('gives industry and farming their own output values', () => {
    expect(figureAt(text, '12,6%', opts).indicator).toBe('industrial_output_value');
    expect(figureAt(text, '2,1%', opts).indicator).toBe('agricultural_output_value');
  });

  it('gives building and services none', () => {
    expect(figureAt(text, '7,4%', opts).indicator).toBeUndefined();
    expect(figureAt(text, '8,8%', opts).indicator).toBeUndefined();
  });
});
