// "Theo báo cáo tại hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024 do Cục QLTT tỉnh tổ chức sáng
// 5/1, trong số tiền thu nộp ngân sách có 7,12 tỷ đồng tiền phạt …": a meeting named by the year it reviews and the year
// whose tasks it sets out; the figures it reports in the same sentence are the reviewed year's, not the coming one's. A
// meeting that only sets out the coming year's tasks still dates its aims.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-01-05' };

describe('a meeting that reviews one year and sets out the next', () => {
  it('its figures in the same sentence are the reviewed year\'s', () => {
    const text = 'Năm 2023, Cục Quản lý thị trường tỉnh xử lý 1.124 vụ vi phạm.\n\nTheo báo cáo tại hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024 do Cục tổ chức sáng 5/1, trong số tiền thu nộp ngân sách có 7,12 tỷ đồng tiền phạt vi phạm hành chính và 1,48 tỷ đồng tiền bán hàng tịch thu.';
    expect(figureAt(text, '7,12', opts).period).toBe('2023');
    expect(figureAt(text, '1,48', opts).period).toBe('2023');
  });

  it('a meeting that only sets out the coming year keeps its year', () => {
    const text = 'Năm 2023, Cục Quản lý thị trường tỉnh xử lý 1.124 vụ vi phạm.\n\nTại hội nghị triển khai nhiệm vụ năm 2024, Cục đặt mục tiêu thu nộp ngân sách 6,5 tỷ đồng.';
    expect(figureAt(text, '6,5', opts).period).toBe('2024');
  });
});
