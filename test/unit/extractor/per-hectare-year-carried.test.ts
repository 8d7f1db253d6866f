// "giá trị sản xuất bình quân trên 1 ha … đạt 245 triệu đồng/ha/năm, tăng 15 triệu đồng so với năm trước": an amount
// right after a yearly amount per hectare in its sentence is yearly per hectare too; after one with no year it is per
// hectare only.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'Thành phố tổng kết năm 2023\n\n';

describe('money per hectare after a yearly amount per hectare', () => {
  it('keeps the year', () => {
    const text = `${HEAD}Giá trị sản xuất bình quân trên 1 ha đất nông nghiệp đạt 245 triệu đồng/ha/năm, tăng 15 triệu đồng so với năm trước.`;
    expect(figureAt(text, '15 triệu đồng').unit).toBe('VND/ha/năm');
  });

  it('after an amount per hectare with no year there is none', () => {
    const text = `${HEAD}Giá trị sản xuất bình quân trên 1 ha đất nông nghiệp đạt 245 triệu đồng, tăng 15 triệu đồng so với năm trước.`;
    expect(figureAt(text, '15 triệu đồng').unit).toBe('VND/ha');
  });
});
