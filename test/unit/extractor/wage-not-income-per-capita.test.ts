// "Các doanh nghiệp FDI giải quyết việc làm cho khoảng 84.000 lao động, thu nhập bình quân 8,2 triệu đồng/người/tháng":
// a worker's wage is not the income per head of the population, and the popup would compare a monthly wage with a
// yearly income. Seen in 3 unscored figures (holdout5, holdout7, holdout8).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe("a worker's wage is not income per capita", () => {
  it('the wage of industrial-park workers takes none', () => {
    const text = 'Các doanh nghiệp trong KCN sử dụng 126.300 lao động, thu nhập bình quân 8,9 triệu đồng/người/tháng.';
    expect(figureAt(text, '8,9 triệu đồng/người/tháng').indicator).toBeUndefined();
  });
  it('the income per head of the population keeps it', () => {
    const text = 'Thu nhập bình quân đầu người đạt 78,6 triệu đồng/người/năm, tỷ lệ hộ nghèo còn 0,38%.';
    expect(figureAt(text, '78,6 triệu đồng/người/năm').indicator).toBe('income_per_capita');
  });
});
