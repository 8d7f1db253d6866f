// "Quy mô giá trị sản xuất năm 2024 đạt 23.246 tỷ đồng, đứng thứ 8 toàn tỉnh": the province a district is ranked in is a
// yardstick, so the district stays the place of this figure and of those after it; "toàn tỉnh có …" still speaks of
// the province.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2025-03-12' };
const lead = 'Huyện Yên Định, tỉnh Thanh Hóa đạt chuẩn nông thôn mới nâng cao.\n\n';

describe('the province a district is ranked in', () => {
  it('does not become the place of the figures after the rank', () => {
    const text = `${lead}Được biết, huyện Yên Định luôn duy trì tốc độ tăng trưởng cao. Quy mô giá trị sản xuất năm 2024 đạt 19.870 tỷ đồng, đứng thứ 8 toàn tỉnh. Tỷ trọng dịch vụ chiếm 27,4%.`;
    expectFigure(text, '27,4%', { locality: 'huyện Yên Định' }, opts);
  });
  it('while "toàn tỉnh có" opening a sentence speaks of the province', () => {
    const text = `${lead}Giá trị sản xuất của huyện năm 2024 đạt 19.870 tỷ đồng. Toàn tỉnh có 412 xã đạt chuẩn nông thôn mới.`;
    expectFigure(text, '412 xã', { locality: 'tỉnh Thanh Hóa' }, opts);
  });
});
