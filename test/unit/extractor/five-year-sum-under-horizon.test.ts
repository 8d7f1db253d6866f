// A congress lists its targets under a horizon ("Một số chỉ tiêu chủ yếu đến năm 2030:"): a level reached by then is
// that year's, but a sum over the five years ("Tổng vốn đầu tư toàn xã hội 5 năm khoảng 650.000 tỷ đồng") is the term
// the horizon closes, as a yearly rate is.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const pub = { published: '2025-10-17' };
const text = 'Bế mạc Đại hội Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030\n\nĐại hội xác định phát triển nhanh, bền vững. Một số chỉ tiêu chủ yếu đến năm 2030:\n' +
  '- GRDP bình quân đầu người đạt 6.100 USD;\n- Tổng vốn đầu tư toàn xã hội 5 năm khoảng 720.000 tỷ đồng;\n- Tỷ lệ đô thị hóa đạt 48%.';

describe('a five-year sum under a horizon', () => {
  it('is the term\'s', () => {
    expect(figureAt(text, '720.000 tỷ đồng', pub).period).toBe('2025/2030');
  });
});

describe('a level under the horizon', () => {
  it('is the horizon year\'s', () => {
    expect(figureAt(text, '6.100 USD', pub).period).toBe('2030');
    expect(figureAt(text, '48%', pub).period).toBe('2030');
  });
});
