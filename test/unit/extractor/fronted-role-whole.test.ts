// "Là vựa lúa lớn nhất của tỉnh, huyện …": a sentence that opens on the role its subject plays in a larger unit names
// that unit as the whole the subject belongs to. The district's or ward's figures after the comma stay its own; the
// province spoken of as the subject ("Toàn tỉnh …", "của tỉnh" mid-sentence) still owns its figures.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2024-12-20' };
const HEAD = 'Huyện Thoại Sơn tổng kết năm 2024\n\nNgày 18/12, Huyện ủy Thoại Sơn, tỉnh An Giang tổ chức hội nghị tổng kết năm 2024.\n\n';

describe('a fronted role naming the larger unit', () => {
  it('"Là vựa lúa lớn nhất của tỉnh, …" leaves the figures to the district', () => {
    const text = HEAD + 'Là vựa lúa lớn nhất của tỉnh, sản lượng lúa cả năm đạt 812.400 tấn, tăng 2,1%.';
    expect(figureAt(text, '812.400 tấn', OPTS).locality).toBe('huyện Thoại Sơn');
    expect(figureAt(text, '2,1%', OPTS).locality).toBe('huyện Thoại Sơn');
  });

  it('"Với vai trò là trung tâm công nghiệp của tỉnh, …" too', () => {
    const text = HEAD + 'Với vai trò là trung tâm công nghiệp của tỉnh, giá trị sản xuất công nghiệp đạt 9.420 tỷ đồng.';
    expect(figureAt(text, '9.420 tỷ đồng', OPTS).locality).toBe('huyện Thoại Sơn');
  });

  it('the province spoken of mid-sentence as the subject still owns its figure', () => {
    const text = HEAD + 'Sản lượng lúa của tỉnh năm 2024 đạt 4,2 triệu tấn.';
    expect(figureAt(text, '4,2 triệu tấn', OPTS).locality).toBe('tỉnh An Giang');
  });

  it('"là" mid-sentence opens no role', () => {
    const text = HEAD + 'Toàn tỉnh có 156 xã; tổng sản lượng lúa là 4,1 triệu tấn, trong đó của tỉnh, phần lớn từ vụ Đông Xuân.';
    expect(figureAt(text, '156', OPTS).locality).toBe('tỉnh An Giang');
  });
});
