// "Riêng dịp lễ 30/4 - 1/5, thị xã đón 52.000 lượt khách" in a half-year report: the holiday named by its days, opening
// its sentence, is the second quarter of the report's year. Inside a sentence that measures something else first
// ("Công suất phòng đạt 61%, riêng dịp lễ 30/4 - 1/5 đạt trên 90%") it dates nothing of its own.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-07-08', locality: 'thị xã Gò Công' };
const lead = '6 tháng đầu năm 2025, du lịch thị xã tăng trưởng khá, đón 310.000 lượt khách.\n\n';

describe('the 30/4 - 1/5 holiday', () => {
  it('opening its sentence is the second quarter', () => {
    const text = lead + 'Riêng dịp lễ 30/4 - 1/5, thị xã đón 52.000 lượt khách, doanh thu đạt 18 tỷ đồng.';
    expect(figureAt(text, '52.000', opts).period).toBe('2025-Q2');
    expect(figureAt(text, '310.000', opts).period).toBe('2025-H1');
  });

  it('inside a sentence leaves the report period to what comes before it', () => {
    const text = lead + 'Công suất phòng bình quân đạt 61%, riêng dịp lễ 30/4 - 1/5 đạt trên 90%.';
    expect(figureAt(text, '61%', opts).period).toBe('2025-H1');
  });
});
