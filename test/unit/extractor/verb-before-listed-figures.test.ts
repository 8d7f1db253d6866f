// "Giá trị sản xuất nông - lâm - thủy sản, công nghiệp - xây dựng và dịch vụ lần lượt tăng 3,1%, 9,8% và 7,5%" (a
// district's 9-month report): every figure of a list joined by commas shares the verb before the first, the middle
// ones too (the comma after the first figure is the list's, not one that sets the verb off). Shares listed after a
// verb of no change stay levels.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2024-10-03' };

describe('a list of rises joined by commas', () => {
  it('makes each figure a rise', () => {
    const text = 'Kinh tế 9 tháng\n\nBa khu vực kinh tế lần lượt tăng 2,6%, 10,4%, 8,1% và 6,9%.';
    for (const n of ['2,6%', '10,4%', '8,1%', '6,9%']) {
      expect(figureAt(text, n, OPTS).kind).toBe('change');
      expect(figureAt(text, n, OPTS).direction).toBe('up');
    }
  });
});

describe('a list of shares', () => {
  it('stays levels', () => {
    const text = 'Kinh tế 9 tháng\n\nNông nghiệp, công nghiệp và dịch vụ lần lượt chiếm 21,5%, 47,2% và 31,3% cơ cấu kinh tế.';
    expect(figureAt(text, '47,2%', OPTS).kind).toBe('level');
    expect(figureAt(text, '47,2%', OPTS).direction).toBeUndefined();
  });
});
