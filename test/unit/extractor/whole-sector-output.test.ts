// "Ngành nông nghiệp đặt mục tiêu … Cả năm 2025, giá trị sản xuất toàn ngành phấn đấu tăng 4,5 - 5%": "toàn ngành" points
// back to the sector its paragraph named; with no sector named there, the output value stays the total.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'Kinh tế 9 tháng năm 2025\n\n';

describe('"giá trị sản xuất toàn ngành"', () => {
  it("is the output value of the sector named before it in its paragraph", () => {
    const text = `${HEAD}Để hoàn thành kế hoạch năm 2025, ngành nông nghiệp đặt mục tiêu trồng mới 2.140 ha rừng tập trung. Cả năm 2025, giá trị sản xuất toàn ngành phấn đấu tăng 4,5 - 5%.`;
    expect(figureAt(text, '4,5 - 5%').indicator).toBe('agricultural_output_value');
  });

  it('with no sector named in its paragraph it is not farming', () => {
    const text = `${HEAD}Ngành nông nghiệp trồng mới 2.140 ha rừng tập trung.\n\nCả năm 2025, tổng giá trị sản xuất toàn ngành phấn đấu tăng 4,5 - 5%.`;
    expect(figureAt(text, '4,5 - 5%').indicator).not.toBe('agricultural_output_value');
  });
});
