// Fees paid online are counted in transactions ("thanh toán trực tuyến 12.650 giao dịch với số tiền 2,1 tỷ đồng") and a
// province's heritage in ranked relics ("có thêm 4 di tích được xếp hạng cấp tỉnh"): both are counts of what the year
// did. A bank's "điểm giao dịch" keeps its own noun.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

describe('transactions and relics as counted nouns', () => {
  it('"12.650 giao dịch" counts transactions', () => {
    const text = 'Năm 2024, thanh toán trực tuyến phí, lệ phí đạt 12.650 giao dịch với số tiền 2,1 tỷ đồng.';
    expectFigure(text, '12.650 giao dịch', { kind: 'level', value: 12650, unit: 'giao dịch' });
  });

  it('"có thêm 4 di tích được xếp hạng" counts relics', () => {
    const text = 'Trong năm 2024, tỉnh có thêm 4 di tích được xếp hạng cấp tỉnh, nâng tổng số lên 118 di tích.';
    expectFigure(text, '4 di tích', { kind: 'level', value: 4, unit: 'di tích' });
    expectFigure(text, '118 di tích', { kind: 'level', value: 118, direction: 'up' });
  });

  it('"điểm giao dịch" stays the longer noun', () => {
    const text = 'Ngân hàng Chính sách xã hội duy trì 145 điểm giao dịch tại các xã.';
    expectFigure(text, '145', { unit: 'điểm giao dịch' });
  });
});
