// How many targets a running term's or stretch's resolution set ("Nghị quyết Đại hội … nhiệm kỳ 2020 - 2025 đề ra 20 chỉ
// tiêu chủ yếu" on a mid-term page of 2023) is part of the record of the stretch under way: a result, as the count of its
// targets reached is; a congress setting the targets of a term that opens that year sets targets.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('targets a running stretch set', () => {
  it('a mid-term review\'s count of the term\'s targets is actual', () => {
    const text = 'Ngày 12/7, Huyện ủy Yên Châu tổ chức hội nghị sơ kết giữa nhiệm kỳ.\n\nNghị quyết Đại hội Đảng bộ huyện lần thứ XII, nhiệm kỳ 2020 - 2025 đề ra 20 chỉ tiêu chủ yếu. Sau hơn hai năm rưỡi, có 14/20 chỉ tiêu đạt và vượt.';
    const f = figureAt(text, '20 chỉ tiêu chủ yếu', { published: '2023-07-13' });
    expect(f.period).toBe('2020/2025');
    expect(f.modality).toBe('actual');
  });

  it('a congress setting the targets of the term opening that year sets targets', () => {
    const text = 'Ngày 20/7, Đại hội đại biểu Đảng bộ xã Chiềng Hặc lần thứ I bế mạc.\n\nĐại hội đề ra 18 chỉ tiêu chủ yếu cho nhiệm kỳ 2025 - 2030, trong đó thu nhập bình quân đầu người đạt 60 triệu đồng.';
    const f = figureAt(text, '18 chỉ tiêu', { published: '2025-07-21' });
    expect(f.modality).toBe('target');
  });

  it('a year\'s targets set at the year\'s start stay targets', () => {
    const text = 'Ngày 8/1, Huyện ủy Yên Châu tổ chức hội nghị.\n\nNăm 2025, Huyện ủy đề ra 18 chỉ tiêu, trong đó tổng giá trị sản xuất tăng 8%.';
    expect(figureAt(text, '18 chỉ tiêu', { published: '2025-01-09' }).modality).toBe('target');
  });
});
