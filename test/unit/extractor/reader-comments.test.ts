// A comment section prints "Name: comment (dd/mm/yyyy hh:mm)": a reader's hectares and prices are no figures of the
// article. A sentence of the article that ends on a plain date in brackets is still read.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

const HEAD = 'Báo Yên Bái\n\nVăn Yên: Cây quế giữ vững vị thế\n\nToàn huyện Văn Yên hiện có 54.600 ha quế.\n\n';

describe("a reader's comment", () => {
  it('a comment line with its time stamp gives no figure', () => {
    const text = `${HEAD}Bình luận (2)\nLê Thu Hà: Nhà tôi có 2 ha quế 12 năm tuổi, giá thấp quá nên chưa bán. (17/06/2024 09:15)\nPhạm Văn Quyết: Năm 2022 quế khô lên tới 55.000 đồng/kg. (17/06/2024 10:02)`;
    expectNoFigureAt(text, '2 ha');
    expectNoFigureAt(text, '55.000 đồng/kg');
  });

  it("the article's own line with a bracketed date keeps its figure", () => {
    const text = `${HEAD}Theo Phòng Nông nghiệp: sản lượng vỏ quế khô của huyện đạt 9.850 tấn (số liệu đến 31/5/2024)`;
    expect(figureAt(text, '9.850 tấn').unit).toBe('tấn');
  });
});
