// "tổng mức bán lẻ hàng hóa tăng 13,53%, sản xuất đồ uống tăng 61,49%": an item naming an industry by what it makes
// measures that industry, not what the item before it measured.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2023-07-13' };

describe('an item that names an industry making something', () => {
  it('after retail sales in its clause, takes no retail indicator', () => {
    const text = 'Kinh tế 6 tháng\n\nSáu tháng, tổng mức bán lẻ hàng hóa tăng 11,2%, sản xuất trang phục tăng 7,4%, chế tạo sản phẩm từ kim loại tăng 5,1% so cùng kỳ.';
    expect(figureAt(text, '11,2%', OPTS).indicator).toBe('retail_sales');
    expect(figureAt(text, '7,4%', OPTS).indicator).toBeUndefined();
    expect(figureAt(text, '5,1%', OPTS).indicator).toBeUndefined();
  });

  it('after exports in the clause before, takes no export indicator', () => {
    const text = 'Kinh tế 6 tháng\n\nKim ngạch xuất khẩu tăng 9,3%; chế biến gỗ tăng 12%.';
    expect(figureAt(text, '12%', OPTS).indicator).toBeUndefined();
  });

  it('a change with no subject of its own still belongs to the figure before', () => {
    const text = 'Kinh tế 6 tháng\n\nTổng mức bán lẻ hàng hóa ước đạt 21.300 tỷ đồng, tăng 11,2% so với cùng kỳ.';
    expect(figureAt(text, '11,2%', OPTS).indicator).toBe('retail_sales');
  });

  it('the output value named by the lexicon stays its own', () => {
    const text = 'Kinh tế 6 tháng\n\nTổng mức bán lẻ hàng hóa tăng 11,2%, giá trị sản xuất công nghiệp tăng 6,8%.';
    expect(figureAt(text, '6,8%', OPTS).indicator).toBe('industrial_output_value');
  });
});
