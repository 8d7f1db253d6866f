// After a villager's story, a sentence whose later clause has a bare "gia đình" doing something ("Đến nay, đàn bò đã
// lên 5 con, gia đình vừa thoát nghèo") goes on with that family's story: its herd is no figure. After a report, the
// same shape with a class of families ("gia đình có công được hỗ trợ …") stays a report.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('a later clause on a bare "gia đình"', () => {
  it('goes on with the story of the sentence before', () => {
    const text = 'Ở bản Phiêng Luông (xã Chiềng Sơn), ông Lò Văn Pọm, 48 tuổi, được hỗ trợ 2 con bò giống năm 2022. Đến nay, đàn bò đã lên 6 con, gia đình vừa thoát nghèo.';
    expectNoFigureAt(text, '6 con');
  });
  it('after a report, a class of families keeps the figures', () => {
    const text = 'Năm 2024, toàn huyện có 3.200 hộ nuôi bò. Đến nay, tổng đàn bò đã lên 15.000 con, gia đình có công được hỗ trợ 120 con giống.';
    expect(figureAt(text, '15.000 con').value).toBe(15000);
  });
});
