// "Số tiền chậm đóng đến ngày 30/9 là 48,6 tỷ đồng; trong đó 27 đơn vị nợ từ 3 tháng trở lên": the units in arrears stand
// at the cut-off, as the money owed does. Firms a campaign acted on ("cưỡng chế 12 doanh nghiệp nợ đọng kéo dài") are
// what was done in the months.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-10-10' };

describe('units in arrears at a cut-off', () => {
  it('stand at the date\'s month', () => {
    const text = 'Tính đến ngày 30/9/2024, số tiền chậm đóng bảo hiểm xã hội là 48,6 tỷ đồng; trong đó 27 đơn vị nợ từ 3 tháng trở lên.';
    expect(figureAt(text, '27', opts).period).toBe('2024-M09');
  });

  it('leave firms acted on to the months elapsed', () => {
    const text = 'Tính đến ngày 30/9/2024, cơ quan thuế đã cưỡng chế 12 doanh nghiệp nợ đọng kéo dài.';
    expect(figureAt(text, '12', opts).period).toBe('2024-9M');
  });
});
