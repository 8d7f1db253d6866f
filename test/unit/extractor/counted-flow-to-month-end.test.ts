// "Đến hết tháng 11, toàn tỉnh giải quyết việc làm cho 58.230 lao động, đạt 97% kế hoạch năm": workers placed, workers sent
// abroad, party members admitted and firms founded since January are flows, so a sentence that opens on a month's end
// gives them the months elapsed (2024-11M), as it gives revenue. A stock counted there (insured people, poor
// households) stays at the month.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'BÁO THANH HOÁ\nThứ Sáu, 06/12/2024 - 07:30\n\nViệc làm cho người lao động\n\n';

describe('a counted flow summed to a month\'s end', () => {
  it('workers placed in jobs, with their share of the plan', () => {
    const text = `${HEAD}Đến hết tháng 11, toàn tỉnh giải quyết việc làm cho 58.230 lao động, đạt 97% kế hoạch năm.`;
    expect(figureAt(text, '58.230').period).toBe('2024-11M');
    expect(figureAt(text, '97%').period).toBe('2024-11M');
  });

  it('workers sent abroad, the verb after the count', () => {
    expect(figureAt(`${HEAD}Tính đến hết tháng 11/2024, toàn tỉnh có 5.230 người đi làm việc ở nước ngoài.`, '5.230').period).toBe('2024-11M');
  });

  it('firms founded', () => {
    expect(figureAt(`${HEAD}Tính đến hết tháng 11, toàn tỉnh có 2.150 doanh nghiệp thành lập mới.`, '2.150').period).toBe('2024-11M');
  });

  it('a stock stays at the month', () => {
    expect(figureAt(`${HEAD}Tính đến hết tháng 11, toàn tỉnh còn 12.450 hộ nghèo.`, '12.450').period).toBe('2024-M11');
  });
});
