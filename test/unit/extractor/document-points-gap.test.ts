// "thấp hơn chỉ tiêu Nghị quyết 1,4 điểm phần trăm": points after a plan named as a resolution are the gap to it, never
// a document numbered 1,4. A resolution named by its number ("Nghị quyết 57 của Bộ Chính trị") stays a name.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extractor/index.ts';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2023-12-18' };
const HEAD = 'Huyện Tân Phước tổng kết năm 2023\n\n';

describe('points after a resolution named as the plan', () => {
  it('"thấp hơn chỉ tiêu Nghị quyết 2,5 điểm phần trăm" is a gap below the plan', () => {
    const text = HEAD + 'Tỷ lệ lao động qua đào tạo đạt 68,5%, thấp hơn chỉ tiêu Nghị quyết 2,5 điểm phần trăm.';
    expect(figureAt(text, '2,5 điểm phần trăm', OPTS)).toMatchObject({ kind: 'change', unit: 'điểm %', direction: 'down', base: 'target' });
  });

  it('"vượt Nghị quyết 3 điểm %" too', () => {
    const text = HEAD + 'Tỷ lệ tham gia bảo hiểm y tế đạt 95%, vượt Nghị quyết 3 điểm %.';
    expect(figureAt(text, '3 điểm %', OPTS)).toMatchObject({ kind: 'change', unit: 'điểm %', direction: 'up' });
  });

  it('a resolution named by its number is no figure', () => {
    const text = HEAD + 'Huyện triển khai Nghị quyết 57 của Bộ Chính trị về khoa học, công nghệ; có 12 điểm cầu tham dự.';
    expect(extract(text, OPTS).figures.some((f) => f.text.startsWith('57'))).toBe(false);
  });
});
