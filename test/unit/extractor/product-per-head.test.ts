// "GRDP đạt 94,12 triệu đồng/người (tăng 9,45% so cùng kỳ năm trước)": the product named bare and measured in money
// per person is the product per head, and so is its change in the bracket after it.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const text = 'Năm 2023, tổng sản phẩm trên địa bàn tăng 5,75%; GRDP đạt 88,6 triệu đồng/người (tăng 8,1% so cùng kỳ năm trước); vốn đầu tư đạt 31.293 tỉ đồng.';

describe('the product named bare in money per person', () => {
  it('is the product per head', () => {
    expect(figureAt(text, '88,6 triệu đồng/người', { published: '2023-12-27' }).indicator).toBe('grdp_per_capita');
    expect(figureAt(text, '8,1%', { published: '2023-12-27' }).indicator).toBe('grdp_per_capita');
  });

  it('the product in billions is its size', () => {
    expect(figureAt('Quy mô GRDP đạt 83.375 tỉ đồng.', '83.375 tỉ đồng').indicator).toBe('grdp');
  });

  it('income per person stays income', () => {
    expect(figureAt('Thu nhập bình quân đầu người đạt 71,2 triệu đồng/người/năm.', '71,2').indicator).toBe('income_per_capita');
  });
});
