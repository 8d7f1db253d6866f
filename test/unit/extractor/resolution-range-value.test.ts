// "(Nghị quyết 7,5 - 8%)": a range of percentages after "Nghị quyết" states the resolution's target, as "Nghị quyết
// 8,5%/năm" does; a range of bare numbers after it ("Nghị quyết 15 - 20") is no figure.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

const HEAD = 'Thành phố tổng kết năm 2023\n\n';

describe('a range after "Nghị quyết"', () => {
  it('a range of percentages is the target, whole', () => {
    const text = `${HEAD}Tổng giá trị sản xuất ước đạt 21.640 tỷ đồng, tăng 7,86% so với năm 2022 (Nghị quyết 7,5 - 8%).`;
    const target = figureAt(text, '7,5 - 8%');
    expect([target.value, target.high, target.modality]).toEqual([7.5, 8, 'target']);
  });

  it('a range of bare numbers names documents', () => {
    expectNoFigureAt(`${HEAD}Thực hiện Nghị quyết 15 - 20 của Tỉnh ủy, thành phố đạt nhiều kết quả.`, '15 - 20');
  });
});
