// "Để hoàn thành kế hoạch trồng 13.000 ha rừng năm 2025, …": a plan named by the work it sets ("kế hoạch trồng",
// "kế hoạch xuống giống"), then its amount, gives the plan's value, a target; what was done stays a result.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-09-04' };

describe('a plan named by its work, then its amount', () => {
  it('"kế hoạch trồng 13.000 ha rừng" is the plan', () => {
    const text = 'Toàn tỉnh trồng được 11.240 ha rừng. Để hoàn thành kế hoạch trồng 13.000 ha rừng năm 2025, ngành đề nghị các xã trồng bổ sung.';
    expect(figureAt(text, '13.000 ha', opts).modality).toBe('target');
    expect(figureAt(text, '11.240 ha', opts).modality).toBe('actual');
  });

  it('"theo kế hoạch xuống giống 9.600 ha" too', () => {
    const text = 'Vụ Thu Đông năm nay, huyện đã xuống giống 7.200 ha, đạt 75% so với kế hoạch xuống giống 9.600 ha.';
    expect(figureAt(text, '9.600 ha', opts).modality).toBe('target');
  });

  it('work done after the plan was met is a result', () => {
    const text = 'Hoàn thành kế hoạch, toàn tỉnh đã trồng 13.000 ha rừng tập trung.';
    expect(figureAt(text, '13.000 ha', opts).modality).toBe('actual');
  });
});
