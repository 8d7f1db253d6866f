// "từ đầu tháng 12/2024 đến nay, lực lượng quản lý thị trường đã kiểm tra 186 vụ": the month opens a stretch to the
// report's present, so the tally takes the report's period; a month the figure belongs to still dates it.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-01-22' };

describe('a month opening a stretch to now', () => {
  it('"từ đầu tháng 12/2024 đến nay" does not date the tally to December', () => {
    const text = 'Chợ Tết năm 2025 nhộn nhịp. Từ đầu tháng 12/2024 đến nay, lực lượng quản lý thị trường đã kiểm tra 186 vụ.';
    expect(figureAt(text, '186', opts).period).toBe('2025');
  });

  it('"trong tháng 12/2024" dates the figure to December', () => {
    const text = 'Chợ Tết năm 2025 nhộn nhịp. Trong tháng 12/2024, lực lượng quản lý thị trường đã kiểm tra 186 vụ.';
    expect(figureAt(text, '186', opts).period).toBe('2024-M12');
  });
});
