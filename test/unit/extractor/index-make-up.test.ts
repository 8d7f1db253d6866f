// How many parts an index is made of ("Trong 8 chỉ số thành phần của PAR Index", "PCI gồm 10 chỉ số thành phần") is its
// make-up, a constant; the parts that moved ("tỉnh có 6/8 chỉ số tăng điểm", "có 3 chỉ số giảm điểm") are the result.
// A month and its year before "chỉ số" ("Tháng 9/2024 chỉ số giá …") stay a date.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

const OPTS = { published: '2023-05-10' };

describe('an index\'s make-up', () => {
  it('"Trong 8 chỉ số thành phần" is no result; "6/8 chỉ số" is', () => {
    const text = 'Trong 8 chỉ số thành phần của PAR Index, tỉnh có 6/8 chỉ số tăng điểm; có 2 chỉ số giảm điểm.';
    expectNoFigureAt(text, '8 chỉ số thành phần', OPTS);
    expect(figureAt(text, '6/8 chỉ số', OPTS)).toMatchObject({ kind: 'ratio', unit: 'chỉ số' });
    expect(figureAt(text, '2 chỉ số', OPTS)).toMatchObject({ kind: 'level', unit: 'chỉ số' });
  });

  it('"PCI gồm 10 chỉ số thành phần" is no result', () => {
    expectNoFigureAt('Bộ chỉ số PCI gồm 10 chỉ số thành phần.', '10 chỉ số', OPTS);
  });

  it('"Tháng 9/2024 chỉ số giá tiêu dùng" is a month, not nine parts of 2024', () => {
    expectNoFigureAt('Tháng 9/2024 chỉ số giá tiêu dùng tăng 0,3% so với tháng trước.', '9/2024', OPTS);
  });
});
