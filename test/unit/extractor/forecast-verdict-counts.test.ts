// A mid-term review sorts its targets: "có 12/26 chỉ tiêu đạt và vượt tiến độ; 9 chỉ tiêu có khả năng đạt; 5 chỉ tiêu
// dự báo khó đạt". The last count's verdict is forecast: "dự báo" stands between the count and "khó đạt", which is
// still its verdict, and the count is an estimate of how the term will end.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const review = 'Sau nửa nhiệm kỳ, trong tổng số 26 chỉ tiêu, có 12/26 chỉ tiêu đạt và vượt tiến độ; 9 chỉ tiêu có khả năng đạt vào cuối nhiệm kỳ; 5 chỉ tiêu dự báo khó đạt; 4 chỉ tiêu chưa đạt tiến độ.';
const opts = { published: '2023-06-30' };

describe('a count of targets with a forecast verdict', () => {
  it('"5 chỉ tiêu dự báo khó đạt" is not achieved, as an estimate', () => {
    const f = figureAt(review, '5 chỉ tiêu', opts);
    expect(f.status).toBe('not_achieved');
    expect(f.modality).toBe('estimate');
  });
  it('a count with its verdict alone reports it', () => {
    const f = figureAt(review, '4 chỉ tiêu', opts);
    expect(f.status).toBe('not_achieved');
    expect(f.modality).toBe('actual');
  });
});
