// "Dự án … có kế hoạch vốn năm 2024 là 1.000 tỷ đồng": the plan a project has, stated with its copula, is a target.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-06-05' };

describe('the plan a project has', () => {
  it('is a target', () => {
    const text = 'Dự án đường vành đai có kế hoạch vốn năm 2024 là 640 tỷ đồng, đến nay đã giải ngân 210 tỷ đồng.';
    expect(figureAt(text, '640 tỷ đồng', opts).modality).toBe('target');
    expect(figureAt(text, '210 tỷ đồng', opts).modality).toBe('actual');
  });

  it('leaves what is counted after "có" without a plan', () => {
    const text = 'Toàn tỉnh có tổng vốn đầu tư thực hiện là 640 tỷ đồng.';
    expect(figureAt(text, '640 tỷ đồng', opts).modality).toBe('actual');
  });
});
