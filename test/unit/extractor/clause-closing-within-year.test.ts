// A clause of its own that closes on "trong năm …" after its figure is about that year, not about the month or quarter
// its sentence opened on: "Trong tháng 10, …; dự kiến hoàn thành 3.245 km đường cao tốc trong năm 2025".
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2025-11-08' };

describe('a clause closing on "trong năm …"', () => {
  it('dates its figure by that year over the month the sentence opened on', () => {
    const text = 'Trong tháng 10, tỉnh tập trung đẩy nhanh các dự án giao thông; dự kiến hoàn thành 45 km đường tỉnh trong năm 2025.';
    expect(figureAt(text, '45 km', OPTS).period).toBe('2025');
  });

  it('the clause before it keeps the month', () => {
    const text = 'Tháng 10, tỉnh thu ngân sách 300 tỷ đồng; dự kiến thu 3.000 tỷ đồng trong năm 2025.';
    expect(figureAt(text, '300 tỷ đồng', OPTS).period).toBe('2025-M10');
    expect(figureAt(text, '3.000 tỷ đồng', OPTS).period).toBe('2025');
  });

  it('a clause without "trong năm" after its figure keeps the month', () => {
    const text = 'Tháng 10, tỉnh thu ngân sách 300 tỷ đồng; chi ngân sách 250 tỷ đồng.';
    expect(figureAt(text, '250 tỷ đồng', OPTS).period).toBe('2025-M10');
  });
});
