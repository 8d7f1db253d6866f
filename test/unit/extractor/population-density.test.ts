// Density is population per square kilometre: "dân số" and "mật độ" before the number are words of the indicator, not
// "số 1.392" (a document's number) or "độ 7" (a grade). Real names with a number stay names.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extractor/index.ts';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2025-01-12' };

describe('population density', () => {
  it('"mật độ dân số 1.392 người/km2" is a level per square kilometre', () => {
    const text = 'Dân số tỉnh năm 2024\n\nDân số trung bình năm 2024 ước đạt 1.298.600 người; mật độ dân số 1.392 người/km2, cao thứ 4 cả nước.';
    expect(figureAt(text, '1.392 người/km2', OPTS)).toMatchObject({ kind: 'level', value: 1392, unit: 'người/km2' });
  });

  it('"mật độ 392 người/km2" after the population is read too', () => {
    const text = 'Toàn huyện có 128.450 người, mật độ 392 người/km2, thấp nhất tỉnh.';
    expect(figureAt(text, '392 người/km2', OPTS)).toMatchObject({ kind: 'level', value: 392 });
  });

  it('a document\'s number after "số" and a grade after "độ" stay names', () => {
    const text = 'Theo Quyết định số 1.392/QĐ-UBND, vùng có gió giật cấp độ 7 được cảnh báo.';
    expect(extract(text, OPTS).figures.map((f) => f.text)).toEqual([]);
  });
});
