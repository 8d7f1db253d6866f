// "Ước cả năm 2025, giá trị sản xuất toàn ngành tăng 3,8 - 4%; sản lượng lương thực đạt trên 560.000 tấn": an estimate
// fronted with the whole year and its number, opening the sentence, covers its clauses after ";" too, as "Ước cả năm,"
// and "Dự ước 9 tháng," do (fronted-estimate-sentence). A year's result after ";" in a sentence that opens otherwise stays
// actual.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-06-27' };

describe('an estimate fronted with the whole year and its number', () => {
  it('covers the clauses after a semicolon', () => {
    const text = 'Ước cả năm 2025, giá trị sản xuất toàn ngành tăng 3,8 - 4%; sản lượng lương thực đạt trên 560.000 tấn.';
    expect(figureAt(text, '560.000 tấn', opts).modality).toBe('estimate');
  });

  it('leaves a clause after a semicolon actual when the estimate is only in the first clause', () => {
    const text = 'Năm 2024, giá trị sản xuất toàn ngành ước tăng 3,8%; sản lượng lương thực đạt 548.000 tấn.';
    expect(figureAt(text, '548.000 tấn', opts).modality).toBe('actual');
  });
});
