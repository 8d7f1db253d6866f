// A fishing fleet is counted as it stands at a cut-off date: "Tính đến ngày 31/10/2023, toàn tỉnh có 3.240 tàu cá, …; 12
// tàu chưa lắp thiết bị" dates the fleet to October, not to the ten months the report sums. The share and the change
// said of that count in its clause stand at the same date. Boats checked or fined in the months are events, not a stock.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2023-11-06' };
const text = 'Mười tháng năm 2023, sản lượng khai thác hải sản đạt 61.200 tấn. Tính đến ngày 31/10/2023, toàn tỉnh có 3.240 tàu cá, giảm 56 chiếc so với cuối năm 2022; trong đó 870 tàu có chiều dài từ 15 m trở lên. Có 858/870 tàu đã lắp thiết bị giám sát hành trình (VMS), đạt 98,6%; 12 tàu chưa lắp do nằm bờ. Tính đến ngày 31/10/2023, lực lượng chức năng đã kiểm tra 1.950 lượt tàu cá và xử phạt 21 tàu cá vi phạm.';

describe('a fleet at a cut-off date', () => {
  it('stands at the month of the date, with its share and change', () => {
    for (const needle of ['3.240', '870 tàu', '858/870', '12 tàu', '56 chiếc', '98,6%']) {
      expect(figureAt(text, needle, opts).period, needle).toBe('2023-M10');
    }
  });

  it('leaves boats checked or fined to the months summed', () => {
    expect(figureAt(text, '1.950', opts).period).toBe('2023-10M');
    expect(figureAt(text, '21 tàu', opts).period).toBe('2023-10M');
  });
});
