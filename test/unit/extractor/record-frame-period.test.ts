// "Vốn đầu tư nước ngoài thực hiện đạt 21,3 tỷ USD, tăng 8,8%, là mức thực hiện cao nhất của 10 tháng trong giai đoạn
// 2021-2025": the stretch a record is set in does not date the figure; a stretch the figure is measured over does.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('the stretch of a record', () => {
  it('"cao nhất … trong giai đoạn 2021-2025" after the figure leaves it the report\'s time', () => {
    const text = 'Vốn đầu tư nước ngoài thực hiện đạt 21,3 tỷ USD, tăng 8,8%, là mức cao nhất trong giai đoạn 2021-2025.';
    expect(figureAt(text, '21,3 tỷ USD', { published: '2025-11-06' }).period).toBe('2025');
    expect(figureAt(text, '8,8%', { published: '2025-11-06' }).period).toBe('2025');
  });

  it('"cao nhất kể từ năm 2015" is no period of the figure', () => {
    const text = 'Xuất khẩu đạt 5,2 tỷ USD, tăng 12%, cao nhất kể từ năm 2015.';
    expect(figureAt(text, '12%', { published: '2024-12-20' }).period).toBe('2024');
  });

  it('a stretch the figure is averaged over still dates it', () => {
    const text = 'Tốc độ tăng trưởng kinh tế bình quân giai đoạn 2021-2025 đạt 7,2%/năm, cao nhất vùng.';
    expect(figureAt(text, '7,2%', { published: '2025-11-06' }).period).toBe('2021/2025');
  });
});
