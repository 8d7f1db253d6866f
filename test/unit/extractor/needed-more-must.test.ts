// What "phải … thêm" must still bring to complete a plan named in its clause ("Để hoàn thành dự toán năm 2025, quý IV
// ngành thuế phải thu thêm khoảng 1.200 tỷ đồng") is a target, as "cần thu thêm" is; what someone was made to pay or
// spend more ("doanh nghiệp phải chi thêm 300 triệu đồng") stays a fact.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-10-06' };

describe('"phải … thêm" toward a plan', () => {
  it('is a target when the clause names the plan', () => {
    const text = 'Để hoàn thành dự toán năm 2025, trong quý IV ngành thuế phải thu thêm khoảng 1.200 tỷ đồng.';
    expect(figureAt(text, '1.200 tỷ đồng', opts).modality).toBe('target');
  });

  it('stays a fact without a plan', () => {
    const text = 'Do giá vật liệu tăng, nhà thầu phải chi thêm khoảng 300 triệu đồng cho mỗi km đường.';
    expect(figureAt(text, '300 triệu đồng', opts).modality).toBe('actual');
  });
});
