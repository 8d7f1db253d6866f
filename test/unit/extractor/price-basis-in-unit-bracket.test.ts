// "Giá trị sản xuất (tỷ đồng, giá SS 2010) | 21.500 | 9.870 | 45,9 | 107,85" (a town's half-year table): the price basis
// written beside the unit in a row label's bracket is no part of the unit; the row's cells are read in tỷ đồng. A
// bracket that holds no unit beside the basis gives the cells none.
import { describe, expect, it } from 'vitest';
import { figureAt, figuresIn } from './helpers.ts';

const OPTS = { published: '2023-07-08' };
const HEAD = 'Kinh tế 6 tháng\n\nChỉ tiêu | Kế hoạch năm 2023 | Ước thực hiện 6 tháng | So kế hoạch (%)\n';

describe('a row label\'s bracket with the unit and the price basis', () => {
  it('reads the cells in that unit, either order', () => {
    const text = HEAD + 'Giá trị sản xuất (tỷ đồng, giá SS 2010) | 18.400 | 8.120 | 44,1\nGiá trị sản xuất công nghiệp (giá SS 2010, tỷ đồng) | 9.600 | 4.350 | 45,3\n';
    expect(figureAt(text, '18.400', OPTS).value).toBe(18_400_000_000_000);
    expect(figureAt(text, '8.120', OPTS).indicator).toBe('total_output_value');
    expect(figureAt(text, '4.350', OPTS).unit).toBe('VND');
  });
});

describe('a bracket with the price basis alone', () => {
  it('gives the cells no money unit', () => {
    const text = HEAD + 'Chỉ số sản xuất (giá SS 2010) | 108 | 104,2 | 96,5\n';
    expect(figuresIn(text, OPTS).filter((f) => f.unit === 'VND')).toEqual([]);
  });
});
