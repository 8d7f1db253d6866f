// "cao hơn dịp lễ năm trước 5,2 điểm phần trăm", "cao hơn Tết năm trước 2.000 đồng/kg": a comparative against the same
// holiday a year earlier, without "so với", is a change against the same period, as "so với Tết năm trước" is.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a holiday a year earlier after a comparative', () => {
  it('is the same period', () => {
    const text = 'Công suất phòng bình quân đạt 76,4%, cao hơn dịp lễ năm trước 5,2 điểm phần trăm.';
    const f = figureAt(text, '5,2');
    expect([f.kind, f.direction, f.base]).toEqual(['change', 'up', 'same_period']);
    expect(figureAt('Dưa hấu được thu mua 9.000 đồng/kg, cao hơn Tết năm trước 2.000 đồng/kg.', '2.000').base).toBe('same_period');
  });

  it('leaves a comparison with last year itself to the year', () => {
    const f = figureAt('Năm 2024, giá dưa hấu cao hơn năm trước 2.000 đồng/kg.', '2.000');
    expect(f.base).toBe('2023');
  });
});
