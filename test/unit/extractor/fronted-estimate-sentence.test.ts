// "Dự ước 9 tháng, tổng giá trị sản xuất tăng 7,34%, …; công nghiệp tăng 9,1%; dịch vụ tăng 8,2%": an estimate fronted
// with its stretch, opening the sentence, covers every clause of it; one inside a clause still covers that clause only.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-10-05' };

describe('an estimate fronted with its stretch', () => {
  it('covers the clauses after a semicolon', () => {
    const text = 'Ước tính 9 tháng, giá trị sản xuất công nghiệp đạt 12.500 tỷ đồng, tăng 9,1%; thương mại dịch vụ đạt 8.300 tỷ đồng, tăng 8,2%.';
    expect(figureAt(text, '8.300', opts).modality).toBe('estimate');
    expect(figureAt(text, '8,2%', opts).modality).toBe('estimate');
  });

  it('an estimate inside a clause stays in it', () => {
    const text = 'Năm 2025, thu ngân sách ước đạt 5.120 tỷ đồng; giải ngân vốn đầu tư công đạt 92%.';
    expect(figureAt(text, '92%', opts).modality).toBe('actual');
  });
});
