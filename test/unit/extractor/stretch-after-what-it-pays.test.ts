// A stretch named right after what a figure pays for, closing that phrase ("dành 120 tỷ đồng hỗ trợ du lịch cộng
// đồng giai đoạn 2026 - 2030, …"), dates the figure; still ahead of publication it is a plan. A stretch that has run
// stays actual, and a stretch after another number is that number's.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a stretch after what the figure pays for', () => {
  it('a fund for 2026 - 2030, published in January 2026, is a plan of that stretch', () => {
    const f = figureAt('Tỉnh dành 120 tỷ đồng hỗ trợ phát triển du lịch cộng đồng giai đoạn 2026 - 2030, trọng tâm ở các xã vùng cao.', '120 tỷ đồng', { published: '2026-01-16' });
    expect([f.period, f.modality]).toEqual(['2026/2030', 'target']);
  });

  it('households moved "trong giai đoạn 2021 - 2024" stay actual', () => {
    const f = figureAt('Tỉnh đã di dời 318 hộ dân ra khỏi vùng sạt lở trong giai đoạn 2021 - 2024.', '318', { published: '2024-11-02' });
    expect([f.period, f.modality]).toEqual(['2021/2024', 'actual']);
  });

  it('a stretch after another figure does not date the first', () => {
    const f = figureAt('Năm 2024, tỉnh chi 45 tỷ đồng sửa 12 hồ chứa nước giai đoạn 2021 - 2025.', '45 tỷ đồng', { published: '2024-11-02' });
    expect(f.period).toBe('2024');
  });
});
