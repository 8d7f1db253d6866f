// "Nông nghiệp Tuyên Quang 9 tháng: Giá trị sản xuất tăng 4,1%": a headline labelled with a sector before its colon
// speaks of that sector's output value; a label that names only the place and months leaves the total output value.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const BODY = '\n\n(BTQ) - Theo Sở Nông nghiệp và Môi trường, kết quả sản xuất 9 tháng năm 2025 của tỉnh Tuyên Quang cơ bản đạt kế hoạch đề ra.';

describe('a sector labelling the headline', () => {
  it("makes the headline's output value the sector's", () => {
    const text = `Nông nghiệp Tuyên Quang 9 tháng: Giá trị sản xuất tăng 4,1%${BODY}`;
    expect(figureAt(text, '4,1%').indicator).toBe('agricultural_output_value');
  });

  it('a label naming no sector does not', () => {
    const text = `Tuyên Quang 9 tháng: Giá trị sản xuất tăng 4,1%${BODY}`;
    expect(figureAt(text, '4,1%').indicator).not.toBe('agricultural_output_value');
  });
});
