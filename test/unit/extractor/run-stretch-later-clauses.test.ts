// "Giai đoạn 2021 - 2025, tổng nguồn lực huy động đạt 1.862 tỷ đồng, …; Nhân dân đóng góp 78,5 tỷ đồng và hiến 156.000 m2
// đất": a stretch already run that opens its sentence dates the later clauses that name no period of their own, as it
// dated their yearly rates. A clause that names its own year, or speaks of the present, keeps its own reading.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-03-20' };
const page = (sentence: string) => `Hàm Yên tổng kết nông thôn mới\n\nNgày 19/3, huyện tổ chức hội nghị.\n\n${sentence}\n`;

describe('a run stretch opening its sentence', () => {
  it('dates the later clauses', () => {
    const text = page('Giai đoạn 2021 - 2025, tổng nguồn lực huy động đạt 1.640 tỷ đồng, trong đó vốn tín dụng 810 tỷ đồng; nhân dân đóng góp 64,5 tỷ đồng và hiến 132.000 m2 đất.');
    expect(figureAt(text, '64,5 tỷ', opts).period).toBe('2021/2025');
    expect(figureAt(text, '132.000 m2', opts).period).toBe('2021/2025');
  });

  it('leaves a later clause with its own year, or the present, alone', () => {
    const own = page('Giai đoạn 2021 - 2025, tổng nguồn lực huy động đạt 1.640 tỷ đồng; riêng năm 2024 huy động 412 tỷ đồng.');
    expect(figureAt(own, '412 tỷ', opts).period).toBe('2024');
    const now = page('Giai đoạn 2021 - 2025, tổng nguồn lực huy động đạt 1.640 tỷ đồng; đến nay toàn huyện có 12/17 xã đạt chuẩn nông thôn mới.');
    expect(figureAt(now, '12/17', opts).period).toBe('2025');
  });
});
