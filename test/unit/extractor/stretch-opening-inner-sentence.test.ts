// "… ban hành Nghị quyết chuyên đề. Giai đoạn 2021 - 2023, tổng nguồn lực huy động đạt 186,4 tỷ đồng. Nhân dân hiến
// 12.600 m2 đất …": a stretch of years that opens a sentence inside the paragraph, not only its first, dates the rest
// of the paragraph. A stretch inside a sentence, after its subject, still dates that sentence only.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'Xã Yên Lộc đạt chuẩn nông thôn mới kiểu mẫu năm 2023\n\n';

describe('a stretch opening an inner sentence of the paragraph', () => {
  it('dates the sentences after it', () => {
    const text = `${HEAD}Đảng uỷ xã ban hành Nghị quyết chuyên đề. Giai đoạn 2021 - 2023, tổng nguồn lực huy động đạt 186,4 tỷ đồng. Nhân dân tự nguyện hiến 12.600 m2 đất để mở rộng đường làng.`;
    expect(figureAt(text, '12.600 m2').period).toBe('2021/2023');
  });

  it('named after the subject, dates its own sentence only', () => {
    const text = `${HEAD}Đảng uỷ xã ban hành Nghị quyết chuyên đề. Tổng nguồn lực huy động giai đoạn 2021 - 2023 đạt 186,4 tỷ đồng. Nhân dân tự nguyện hiến 12.600 m2 đất để mở rộng đường làng.`;
    expect(figureAt(text, '186,4').period).toBe('2021/2023');
    expect(figureAt(text, '12.600 m2').period).toBe('2023');
  });
});
