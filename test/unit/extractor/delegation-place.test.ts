// A council delegate is introduced with the delegation that elected him ("(Tổ đại biểu huyện Hương Khê)"): that place
// says who asks, and the figures he quotes from a department stay with the place the sentence speaks of.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'Báo Hà Tĩnh\n\nKỳ họp thứ 24, HĐND tỉnh Hà Tĩnh khoá XVIII\n\n';

describe("a delegation's place", () => {
  it('figures a delegate quotes for the province stay with the province', () => {
    const text = `${HEAD}Đại biểu Phan Thị Nguyên Thư (Tổ đại biểu huyện Hương Khê) dẫn báo cáo của Sở: toàn tỉnh còn 3.460 ha đất lúa bị bỏ hoang.`;
    expect(figureAt(text, '3.460 ha').locality).toBe('tỉnh Hà Tĩnh');
  });

  it('a district named as the subject still owns its figure', () => {
    const text = `${HEAD}Đại biểu Phan Thị Nguyên Thư cho biết huyện Hương Khê còn 460 ha đất lúa bị bỏ hoang.`;
    expect(figureAt(text, '460 ha').locality).toBe('huyện Hương Khê');
  });
});
