// "Tăng trưởng cả năm ước đạt hơn 10,2%, vượt mục tiêu đặt ra (9%), đứng thứ 6 cả nước, tăng 7 bậc so với năm 2023": a
// target passed and given its value in brackets is closed there; what the sentence says after it is no target.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a target passed, closed by its value in brackets', () => {
  const text = 'Tăng trưởng cả năm ước đạt hơn 10,2%, vượt mục tiêu đặt ra (9%), tăng 1,2 điểm phần trăm so với năm 2023.';

  it('the bracketed value is the target; the change after it is not', () => {
    expect(figureAt(text, '9%', { published: '2024-12-10' }).modality).toBe('target');
    expect(figureAt(text, '1,2 điểm', { published: '2024-12-10' }).modality).not.toBe('target');
  });

  it('a target aimed at, with its value in brackets, still heads the figures after it', () => {
    const aimed = 'Năm 2025, tỉnh phấn đấu đạt mục tiêu (tăng trưởng 9%), thu ngân sách đạt 30.000 tỷ đồng.';
    expect(figureAt(aimed, '30.000 tỷ đồng', { published: '2024-12-10' }).modality).toBe('target');
  });
});
