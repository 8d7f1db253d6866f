// "Điểm trường mầm non thôn Khó Chớ có 3 lớp học với 52 cháu": one school's classes and pupils, in a clause that opens on
// that school, are a detail of it, not a result (as "tuyển mới 4 lớp 10" is). Classes and pupils counted over a place
// ("Toàn huyện có 56 trường với 1.240 lớp học") stay figures.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('one school’s classes and pupils', () => {
  it('are no figures', () => {
    const text = 'Năm học 2024 - 2025, điểm trường được xây mới. Điểm trường mầm non thôn Khó Chớ có 3 lớp học với 52 cháu.';
    expectNoFigureAt(text, '3 lớp');
    expectNoFigureAt(text, '52 cháu');
  });
  it('counted over a place they stay figures', () => {
    expect(figureAt('Năm học 2024 - 2025, toàn huyện có 56 trường với 1.240 lớp học.', '1.240').value).toBe(1240);
  });
});
