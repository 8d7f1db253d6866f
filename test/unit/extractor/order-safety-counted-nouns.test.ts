// The tallies of order and safety reports count black spots, road signs, militia and motorbikes by their own nouns:
// "xử lý 38 điểm đen" is a count of black spots (not 38 points), "huấn luyện cho 12.400 dân quân tự vệ" a count of
// militia. A score in "điểm" stays points.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('counted nouns of order and safety tallies', () => {
  it('counts black spots, signs, militia and motorbikes', () => {
    const text = 'Năm 2024, ngành Giao thông xử lý 38 điểm đen, lắp đặt 960 biển báo; Bộ Chỉ huy Quân sự tỉnh huấn luyện cho 12.400 dân quân tự vệ. Toàn tỉnh có 1,2 triệu xe mô tô đang lưu hành.';
    expect(figureAt(text, '38', { published: '2025-01-08' })).toMatchObject({ kind: 'level', unit: 'điểm đen', value: 38 });
    expect(figureAt(text, '960', { published: '2025-01-08' }).unit).toBe('biển báo');
    expect(figureAt(text, '12.400', { published: '2025-01-08' }).unit).toBe('dân quân tự vệ');
    expect(figureAt(text, '1,2 triệu', { published: '2025-01-08' }).unit).toBe('xe mô tô');
  });

  it('keeps an index score in points, and a bare "dân quân" day no figure', () => {
    const text = 'Chỉ số PAPI năm 2024 của tỉnh đạt 44,6 điểm. Ngày truyền thống dân quân tự vệ được tổ chức long trọng.';
    expect(figureAt(text, '44,6', { published: '2025-04-08' }).unit).toBe('điểm');
    expectNoFigureAt(text, 'dân quân', { published: '2025-04-08' });
  });
});
