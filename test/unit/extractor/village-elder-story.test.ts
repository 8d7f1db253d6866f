// A village elder met and named with his age ("gặp già làng Y Thuôn năm nay đã 82 tuổi") tells his own story, and a
// bare "Già kể …" goes on with it; "Già hóa dân số" is no elder speaking.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('a village elder\'s story', () => {
  it('the elder\'s memory of walking 3 km for water is his story', () => {
    const text = 'Tôi nhớ có lần về buôn Ea Kmăng, gặp già làng Y Thuôn năm nay đã 82 tuổi. Già kể ngày trước cả buôn chỉ có 1 cái giếng, mùa khô phải đi bộ 3 km ra suối gánh nước.';
    expectNoFigureAt(text, '3 km');
  });

  it('"Già hóa dân số" after the elder\'s story is no elder speaking', () => {
    const text = 'Tôi gặp già làng Y Thuôn năm nay đã 82 tuổi. Già hóa dân số diễn ra nhanh, người từ 60 tuổi trở lên chiếm 12,4% dân số toàn tỉnh.';
    expect(figureAt(text, '12,4%').value).toBe(12.4);
  });
});
