// "Năm 2024, 10/10 chỉ tiêu trong lĩnh vực kinh tế của huyện đạt và vượt so với nghị quyết": the field the targets
// belong to, and whose they are, may stand between the count and its verdict.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-12-20' };

describe('a field named between a count of targets and its verdict', () => {
  it('leaves the verdict to the count', () => {
    const text = 'Năm 2024, 9/11 chỉ tiêu trong lĩnh vực kinh tế của thị xã đạt và vượt so với nghị quyết; 2/11 chỉ tiêu thuộc khối văn hóa - xã hội chưa đạt.';
    expect(figureAt(text, '9/11', opts).status).toBe('achieved');
    expect(figureAt(text, '2/11', opts).status).toBe('not_achieved');
  });

  it('a count of other things gets no verdict', () => {
    const text = 'Năm 2024, 9/11 xã trong vùng dự án của thị xã đạt chuẩn nông thôn mới.';
    expect(figureAt(text, '9/11', opts).status).toBeUndefined();
  });
});
