// "Theo ông Sáu, năm nay vườn mai của ông có 1.000 gốc, giá bán từ 1 - 5 triệu đồng/cây": a villager named as the source
// tells his own story; an official named as the source still reports.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('"Theo ông …" as the source', () => {
  it('a villager as the source is a story', () => {
    expectNoFigureAt('Theo ông Sáu, năm nay vườn mai của ông có 1.000 gốc, giá bán từ 1 - 5 triệu đồng/cây.', '1 - 5');
  });

  it('an official as the source reports', () => {
    const f = figureAt('Theo ông Nguyễn Văn Hiếu, Giám đốc Sở Nông nghiệp, toàn tỉnh có 1.050 ha mai vàng phục vụ Tết.', '1.050 ha');
    expect(f.value).toBe(1050);
  });
});
