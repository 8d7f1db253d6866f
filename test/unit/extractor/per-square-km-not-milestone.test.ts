// "mật độ dân số 1.392 người/km2": a rate per square kilometre is no road milestone ("tại km 12 Quốc lộ 1A"), so the
// sentence is no incident's story and its figures stay.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('a rate per square kilometre', () => {
  it('leaves the figures of its sentence standing', () => {
    const text = 'Năm 2023, dân số trung bình của tỉnh Thái Bình đạt 1.878.500 người, tăng 0,42%; mật độ dân số 1.183 người/km2.';
    expect(figureAt(text, '1.878.500').unit).toBe('người');
    expect(figureAt(text, '0,42%').kind).toBe('change');
  });

  it('a milestone on a road still marks one incident', () => {
    const text = 'Khoảng 14 giờ ngày 3/5, tại km 27 Quốc lộ 1A, xe tải va chạm với xe khách làm 3 người bị thương.';
    expectNoFigureAt(text, '3 người');
  });
});
