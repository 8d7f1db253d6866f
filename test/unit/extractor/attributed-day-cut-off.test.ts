// "Theo Sở Nông nghiệp và Môi trường, tính đến ngày 30/9/2025, toàn tỉnh có 4.120 tàu cá. Có 1.480/1.492 tàu đã lắp thiết
// bị …": a day's cut-off that opens its sentence after an attribution goes on dating the stocks of its paragraph, as
// one that opens the sentence does. A later paragraph returns to the report's frame.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-10-10', locality: 'tỉnh Quảng Trị' };
const text = 'Chín tháng năm 2025, sản lượng khai thác thủy sản đạt 52.300 tấn.\n\n' +
  'Theo Sở Nông nghiệp và Môi trường, tính đến ngày 30/9/2025, toàn tỉnh có 4.120 tàu cá. Có 1.480/1.492 tàu đã lắp thiết bị giám sát hành trình, đạt 99,2%.\n\n' +
  'Toàn tỉnh có 1.492 tàu thuộc diện phải lắp thiết bị.';

describe('a day cut-off after an attribution', () => {
  it('dates the stocks of the next sentence of its paragraph', () => {
    expect(figureAt(text, '1.480/1.492', opts).period).toBe('2025-M09');
    expect(figureAt(text, '99,2%', opts).period).toBe('2025-M09');
  });

  it('leaves the next paragraph to the report\'s frame', () => {
    expect(figureAt(text, '1.492 tàu thuộc', opts).period).toBe('2025-9M');
  });
});
