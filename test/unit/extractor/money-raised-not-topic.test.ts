// Money raised or donated ("huy động được gần 99 tỷ đồng để nâng chất", "từ nguồn vận động hơn 3,1 tỷ đồng") is what
// people gave, not the output value or spending the paragraph spoke of before.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2022-12-27' };

describe('money raised is not the paragraph topic', () => {
  it('"huy động được" money after an output value', () => {
    const text = 'Kỳ họp HĐND huyện\n\nGiá trị sản xuất năm 2022 của toàn huyện ước đạt 3.960 tỷ đồng. Chương trình nông thôn mới có thêm 2 sản phẩm OCOP, huy động được gần 75 tỷ đồng để hoàn thiện các tiêu chí.';
    expect(figureAt(text, '75 tỷ', OPTS).indicator).toBeUndefined();
    expect(figureAt(text, '3.960 tỷ', OPTS).indicator).toBe('total_output_value');
  });

  it('houses built from money donated', () => {
    const text = 'Kỳ họp HĐND huyện\n\nGiải ngân vốn đầu tư công đạt 412 tỷ đồng. Huyện xây dựng 40 căn nhà cho hộ nghèo từ nguồn vận động hơn 2,4 tỷ đồng.';
    expect(figureAt(text, '2,4 tỷ', OPTS).indicator).toBeUndefined();
  });

  it('a second revenue amount after the first still takes the topic', () => {
    const text = 'Kỳ họp HĐND huyện\n\nThu ngân sách ước đạt 512 tỷ đồng. Trong đó, thu nội địa hơn 430 tỷ đồng.';
    expect(figureAt(text, '430 tỷ', OPTS).indicator).toBe('budget_revenue');
  });
});
