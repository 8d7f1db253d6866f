// A plan column that names its year may print its cells' unit after it ("Kế hoạch năm 2023 (người)"): the plan is still
// that whole year's, as "Kế hoạch năm 2023" alone is; a column naming a part of the year keeps the part.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2023-07-08' };

describe('a year column with its unit in brackets', () => {
  it('dates the plan by the whole year', () => {
    const text = 'Kết quả 6 tháng đầu năm 2023 như sau:\n\nLoại hình | Kế hoạch năm 2023 (người) | Thực hiện (người) | So với kế hoạch (%)\nBảo hiểm xã hội tự nguyện | 18.500 | 9.870 | 53,4\n';
    const f = figureAt(text, '18.500', opts);
    expect(f.modality).toBe('target');
    expect(f.period).toBe('2023');
  });

  it('keeps a part of the year its column names', () => {
    const text = 'Kết quả 6 tháng đầu năm 2023 như sau:\n\nChỉ tiêu | Kế hoạch 6 tháng năm 2023 (tỷ đồng) | Thực hiện (tỷ đồng) | So với kế hoạch (%)\nThu ngân sách | 1.200 | 1.260 | 105\n';
    expect(figureAt(text, '1.200', opts).period).toBe('2023-H1');
  });
});
