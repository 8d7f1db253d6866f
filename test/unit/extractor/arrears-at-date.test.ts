// Arrears stand at their date, as a tax debt does: "đến ngày 30/6, … có 21.430 đơn vị chậm đóng bảo hiểm xã hội … với
// số tiền 4.870 tỷ đồng" is June's stock, the count named before the words and the money after them. Jobs found to
// the same date are still the months summed.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const TEXT = 'Trong 6 tháng đầu năm 2026, thành phố giải quyết việc làm cho 248.500 lượt lao động.\n\n' +
  'Đến ngày 30/6, toàn thành phố có 21.430 đơn vị chậm đóng bảo hiểm xã hội với số tiền 4.870 tỷ đồng.';

describe('arrears at a cut-off date', () => {
  it('count and amount take the month of the date', () => {
    expect(figureAt(TEXT, '21.430', { published: '2026-07-03' }).period).toBe('2026-M06');
    expect(figureAt(TEXT, '4.870', { published: '2026-07-03' }).period).toBe('2026-M06');
  });

  it('a flow of the same report stays the half-year', () => {
    expect(figureAt(TEXT, '248.500', { published: '2026-07-03' }).period).toBe('2026-H1');
  });
});
