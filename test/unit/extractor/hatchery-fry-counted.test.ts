// Hatcheries count their fry by the head: "sản xuất giống thủy sản ước đạt 2,7 tỷ con", "cung ứng 860 triệu con tôm
// giống". Like a herd, that "con" is a figure; "2 con" of a family stays its children.
import { describe, it } from 'vitest';
import { expectFigure, expectNoFigureAt } from './helpers.ts';

const opts = { published: '2023-12-20', locality: 'tỉnh Bạc Liêu' };

describe('fry counted by the head', () => {
  it('are a figure', () => {
    expectFigure('Năm 2023, các trại sản xuất giống thủy sản ước cung ứng 31,5 tỷ con.', '31,5 tỷ con', { kind: 'level', value: 31_500_000_000, unit: 'con' }, opts);
    expectFigure('Tôm giống sản xuất trong tỉnh đạt 860 triệu con.', '860 triệu con', { kind: 'level', unit: 'con' }, opts);
  });

  it('leave a family\'s children alone', () => {
    expectNoFigureAt('Ông Lâm (ấp Vĩnh Mẫu) nuôi tôm đã 20 năm, hiện sống cùng vợ và 2 con.', '2 con', opts);
  });
});
