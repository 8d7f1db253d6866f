// Vehicles a province has on its roads at a cut-off ("Đến ngày 30/11/2024, toàn tỉnh có hơn 1,8 triệu xe mô tô và
// 96.200 ô tô đang lưu hành") are a fleet standing at that date, as boats are; the second count joined by "và" stands
// with the first. Vehicles seized or fined up to the same date are events of the months.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('road vehicles held at a cut-off', () => {
  it('stand at the cut-off month, both counts', () => {
    const text = 'Đến ngày 30/11/2024, toàn tỉnh có hơn 1,8 triệu xe mô tô và 96.200 ô tô đang lưu hành, gây áp lực lên hạ tầng đô thị.';
    expect(figureAt(text, '1,8 triệu', { published: '2024-12-20' }).period).toBe('2024-M11');
    expect(figureAt(text, '96.200', { published: '2024-12-20' }).period).toBe('2024-M11');
  });

  it('leaves vehicles seized to the same date to the months elapsed', () => {
    const text = 'Đến ngày 30/11/2024, lực lượng chức năng đã tạm giữ 1.240 xe mô tô vi phạm, phạt tiền 12,6 tỷ đồng.';
    expect(figureAt(text, '1.240', { published: '2024-12-20' }).period).toBe('2024-11M');
  });
});
