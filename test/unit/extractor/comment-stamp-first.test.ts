// A comment section that prints the time stamp between the reader's name and the comment ("Trần Văn Nam (02/09/2025
// 21:40): … chỉ 250.000 đồng/kg tôm") holds the reader's story, not the article's figures. A sentence that only cites a
// date in brackets after a name is the article's.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('a reader comment with its stamp before the text', () => {
  it('gives no figures', () => {
    const text = 'Toàn tỉnh đón 712.000 lượt khách.\n\nBình luận (2)\nTrần Văn Nam (02/09/2025 21:40): Sầm Sơn năm nay sạch hơn, giá tôm chỉ 250.000 đồng/kg.';
    expectNoFigureAt(text, '250.000', { published: '2025-09-03' });
  });

  it('leaves an article sentence with a dated bracket alone', () => {
    const text = 'Sở Du lịch (báo cáo ngày 02/09/2025) cho biết toàn tỉnh đón 712.000 lượt khách.';
    expect(figureAt(text, '712.000', { published: '2025-09-03' }).unit).toBe('lượt khách');
  });
});
