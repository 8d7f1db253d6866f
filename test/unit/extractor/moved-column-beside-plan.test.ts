// A table of plan and result columns may end on how each row moved: "Tăng so với cùng kỳ (%)" holds small changes
// ("5,2"), not the row as a share of last year's; a bare "So với cùng kỳ (%)" still holds indices ("105,2").
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const heading = 'Chỉ tiêu | Kế hoạch năm 2023 | Thực hiện | So với kế hoạch (%) |';

describe('a moved column beside plan and result columns', () => {
  it('reads "Tăng so với cùng kỳ (%)" as a rise against the same period', () => {
    const text = `Kết quả thu hút lao động tham gia bảo hiểm:\n${heading} Tăng so với cùng kỳ (%)\nBảo hiểm thất nghiệp (người) | 41.000 | 39.650 | 96,7 | 5,2\n`;
    const f = figureAt(text, '5,2', { published: '2023-10-05' });
    expect(f.kind).toBe('change');
    expect(f.direction).toBe('up');
    expect(f.base).toBe('same_period');
    expect(figureAt(text, '96,7', { published: '2023-10-05' }).kind).toBe('attainment');
  });

  it('reads "Giảm so với tháng trước (%)" as a fall', () => {
    const text = `${heading} Giảm so với tháng trước (%)\nHồ sơ hưởng trợ cấp (hồ sơ) | 9.000 | 7.120 | 79,1 | 3,4\n`;
    const f = figureAt(text, '3,4', { published: '2023-10-05' });
    expect(f.kind).toBe('change');
    expect(f.direction).toBe('down');
    expect(f.base).toBe('previous_period');
  });

  it('leaves "So với cùng kỳ (%)" an index of the same period', () => {
    const text = `${heading} So với cùng kỳ (%)\nBảo hiểm thất nghiệp (người) | 41.000 | 39.650 | 96,7 | 105,2\n`;
    const f = figureAt(text, '105,2', { published: '2023-10-05' });
    expect(f.kind).toBe('attainment');
    expect(f.base).toBe('same_period');
  });
});
