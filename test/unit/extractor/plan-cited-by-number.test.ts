// "Theo Kế hoạch số 298/KH-UBND …, lực lượng quản lý thị trường đã kiểm tra 186 vụ": a plan cited by its number is the
// document the work follows, so the figures after it are what was done; "Theo kế hoạch, …" still states targets.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a plan cited by its document number', () => {
  it('"Theo Kế hoạch số 298/KH-UBND" does not make the tally a target', () => {
    const text = 'Theo Kế hoạch số 298/KH-UBND ngày 25/12/2024 của UBND thành phố, lực lượng quản lý thị trường đã kiểm tra 186 vụ, xử lý 142 vụ vi phạm.';
    expect(figureAt(text, '186', { published: '2025-01-22' }).modality).toBe('actual');
  });

  it('"Theo kế hoạch," without a number still heads targets', () => {
    const text = 'Theo kế hoạch, năm 2025 thành phố thu ngân sách đạt 22.000 tỷ đồng.';
    expect(figureAt(text, '22.000', { published: '2025-01-22' }).modality).toBe('target');
  });
});
