// "Năm 2024, tỷ lệ hộ nghèo giảm từ 9,63% cuối năm 2023 xuống còn 6,32%": "cuối năm 2023" right after the level a move
// starts from dates that level only; the move and the rest of the paragraph stay in 2024. Found by holdout14 (Lào Cai).
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const text = 'Năm 2024, tỉnh có 5.216 hộ thoát nghèo; tỷ lệ hộ nghèo giảm từ 9,63% cuối năm 2023 xuống còn 6,32%, giảm 3,31 điểm %. Tỷ lệ hộ cận nghèo còn 5,14%.';

describe('the end of a year right after a from-level', () => {
  it('dates the from-level', () => {
    expectFigure(text, '9,63%', { period: '2023' });
  });
  it('does not date the level reached, nor the next sentence', () => {
    expectFigure(text, '6,32%', { period: '2024', direction: 'down' });
    expectFigure(text, '3,31', { period: '2024' });
    expectFigure(text, '5,14%', { period: '2024' });
  });
  it('after a year ("năm 2021 đến cuối năm 2023") it dates the level reached', () => {
    expectFigure('Tỷ lệ hộ nghèo của huyện từ 34,5% năm 2021 đến cuối năm 2023 còn 21,2%.', '21,2%', { period: '2023' });
  });
});
