// "Vụ lúa mùa năm 2022 toàn tỉnh cấy 75.200 ha, giảm 1.150 ha so với vụ mùa năm trước": the area transplanted ("cấy",
// the northern word for setting out rice) is the sown area, as "gieo cấy" is. Transplanted organs ("cấy ghép") are not.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2022-09-29' };

describe('the area transplanted', () => {
  it('is the sown area, with its change', () => {
    const text = 'Vụ lúa mùa năm 2022 toàn tỉnh cấy 75.200 ha, giảm 1.150 ha so với vụ mùa năm trước do chuyển đổi sang cây trồng khác.';
    expect(figureAt(text, '75.200 ha', opts).indicator).toBe('crop_area');
    expect(figureAt(text, '1.150 ha', opts).indicator).toBe('crop_area');
  });

  it('is not an organ transplant count', () => {
    const text = 'Năm 2022, bệnh viện tỉnh thực hiện cấy ghép 42 ca thận, tăng 8 ca so với năm trước.';
    expect(figureAt(text, '42', opts).indicator).toBeUndefined();
  });
});
