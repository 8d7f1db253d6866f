// A crop or school year compared with the one before: "(so với niên vụ trước):" over a list of signed changes, "so với
// niên vụ 2020 - 2021", "cao hơn niên vụ 2020 - 2021 khoảng 310 USD/tấn", "so với năm học 2022 - 2023". No year form
// fits a span of two years, so the base is previous_period, as "so với năm học trước" already is.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2022-10-12' };

describe('the crop or school year before', () => {
  it('a heading "(so với niên vụ trước):" measures its signed lines against it', () => {
    const text = 'Thị trường xuất khẩu hồ tiêu niên vụ 2021 - 2022 (so với niên vụ trước):\n- Ấn Độ: 12.400 tấn (+8,2%);\n- Đức: 9.100 tấn (-3,5%).';
    expect(figureAt(text, '8,2%', opts).base).toBe('previous_period');
    expect(figureAt(text, '3,5%', opts).base).toBe('previous_period');
  });

  it('a crop year named by its years, with or without "so với"', () => {
    const text = 'Niên vụ 2021 - 2022, giá điều thô bình quân 32.500 đồng/kg, thấp hơn niên vụ 2020 - 2021 khoảng 2.100 đồng/kg; kim ngạch tăng 14,6% so với niên vụ 2020 - 2021.';
    expect(figureAt(text, '2.100 đồng/kg', opts).base).toBe('previous_period');
    expect(figureAt(text, '14,6%', opts).base).toBe('previous_period');
  });

  it('a school year named by its years', () => {
    const text = 'Năm học 2023 - 2024, toàn tỉnh có 412.600 học sinh, tăng 9.300 em so với năm học 2022 - 2023.';
    expect(figureAt(text, '9.300', { published: '2024-08-20' }).base).toBe('previous_period');
  });

  it('a change with no comparison keeps none, and the same season a year before stays same_period', () => {
    const text = 'Niên vụ 2021 - 2022, sản lượng tăng 6,8%; riêng vụ Đông Xuân tăng 3,1% so với vụ Đông Xuân năm trước.';
    expect(figureAt(text, '6,8%', opts).base).toBeUndefined();
    expect(figureAt(text, '3,1%', opts).base).toBe('same_period');
  });
});
