// "20/20 chỉ tiêu ở khối văn hóa - xã hội cũng được huyện Long Điền thực hiện đạt và vượt": the field the targets belong
// to, then who carried them out, then the verdict; the verdict is still the count's. A comma or a semicolon closes the
// count's words: a verdict after them is another count's.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2024-12-20' };
const LEAD = 'Kỳ họp cuối năm HĐND huyện\n\nNăm 2024, kinh tế của huyện Long Điền tiếp tục tăng trưởng. ';

describe('a verdict after the targets\' field and their doer', () => {
  it('is the count\'s status', () => {
    const text = `${LEAD}18/18 chỉ tiêu ở khối văn hóa - xã hội cũng được huyện Long Điền thực hiện đạt và vượt so với nghị quyết.`;
    expect(figureAt(text, '18/18', OPTS).status).toBe('achieved');
  });

  it('"ở lĩnh vực kinh tế … đạt" too', () => {
    const text = `${LEAD}9/10 chỉ tiêu ở lĩnh vực kinh tế đạt, 1 chỉ tiêu không đạt.`;
    expect(figureAt(text, '9/10', OPTS).status).toBe('achieved');
  });
});

describe('a verdict past the count\'s words', () => {
  it('after a comma belongs to another count', () => {
    const text = `${LEAD}Huyện có 20 chỉ tiêu ở khối văn hóa - xã hội, trong đó 15 chỉ tiêu đạt.`;
    expect(figureAt(text, '20 chỉ tiêu', OPTS).status).toBeUndefined();
  });
});
