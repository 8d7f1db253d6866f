// The programme to remove temporary and dilapidated houses counts its progress since it began: "Đến ngày 31/8/2025,
// tỉnh hoàn thành xóa 4.120 căn nhà tạm, nhà dột nát" stands at the date's month, as houses rebuilt after a disaster
// do. A year's houses with no cut-off are the year's, and money spent to a cut-off is still summed over the months.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('temporary houses removed to a cut-off', () => {
  it('stand at the date', () => {
    const text = 'Chiều 10/9, Ban Chỉ đạo tỉnh họp.\n\nĐến ngày 31/8/2025, toàn tỉnh hoàn thành xóa 4.120 căn nhà tạm, nhà dột nát; các địa phương giải ngân 246 tỷ đồng.';
    const opts = { published: '2025-09-11' };
    expect(figureAt(text, '4.120', opts).period).toBe('2025-M08');
    expect(figureAt(text, '246 tỷ đồng', opts).period).toBe('2025-8M');
  });

  it('leaves a year\'s houses with no cut-off in the year', () => {
    const text = 'Năm 2024, huyện đã xóa 342 nhà tạm, hỗ trợ 1.026 hộ chuyển đổi nghề.';
    expect(figureAt(text, '342', { published: '2025-01-05' }).period).toBe('2024');
  });
});
