// "Trong mức tăng 0,59% của CPI tháng 10 so với tháng trước, nhóm hàng ăn … tăng 1,04%; giao thông tăng 0,99%": the
// groups' changes break down a move against the base its sentence's opening named. A breakdown in a sentence of its
// own ("Cụ thể, …") states no base, as the spec and the corpora read "Trong đó, …" after a change.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2024-05-30' };

describe('changes that break down a move take its base', () => {
  it('not in the sentence after, opened by "Cụ thể,"', () => {
    const text = 'Giá cả tháng 5\n\nTrong mức tăng 0,37% của CPI tháng 5 so với tháng trước, có 8/11 nhóm hàng hóa và dịch vụ có chỉ số giá tăng. Cụ thể, nhóm giao thông tăng cao nhất với 1,12%; nhà ở và vật liệu xây dựng tăng 0,46%.';
    expect(figureAt(text, '1,12%', OPTS).base).toBeUndefined();
    expect(figureAt(text, '0,46%', OPTS).base).toBeUndefined();
  });

  it('in its own sentence, after the opening', () => {
    const text = 'Giá cả tháng 5\n\nTrong mức giảm 0,12% của CPI so với cùng kỳ năm trước, nhóm bưu chính viễn thông giảm 0,8%, nhóm may mặc giảm 0,3%.';
    expect(figureAt(text, '0,8%', OPTS).base).toBe('same_period');
    expect(figureAt(text, '0,3%', OPTS).base).toBe('same_period');
  });

  it('a change that names its own base keeps it', () => {
    const text = 'Giá cả tháng 5\n\nTrong mức tăng 0,37% của CPI tháng 5 so với tháng trước, có 8/11 nhóm tăng giá. Cụ thể, nhóm giao thông tăng 1,12%, so với cùng kỳ tăng 6,3%.';
    expect(figureAt(text, '6,3%', OPTS).base).toBe('same_period');
  });

  it('a sentence not opened as a breakdown does not take it', () => {
    const text = 'Giá cả tháng 5\n\nTrong mức tăng 0,37% của CPI tháng 5 so với tháng trước, có 8/11 nhóm tăng giá. Giá vàng tăng 2,1%.';
    expect(figureAt(text, '2,1%', OPTS).base).toBeUndefined();
  });
});
