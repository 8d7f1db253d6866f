// Statistics releases count industries: "Trong tháng có 23/27 ngành sản xuất tăng so với tháng trước", "5 ngành hàng
// xuất khẩu đạt trên 1 tỷ USD". The industry is the counted noun, as a commune or a target is.
import { describe, expect, it } from 'vitest';
import { figureAt, figuresIn } from './helpers.ts';

describe('counted industries', () => {
  it('a share of the industries that grew is a ratio', () => {
    expect(figureAt('Trong tháng 9 có 19/25 ngành công nghiệp cấp II tăng so với cùng kỳ.', '19/25')).toMatchObject({ kind: 'ratio', value: 19, of: 25, unit: 'ngành' });
  });

  it('product lines are counted by their own noun', () => {
    expect(figureAt('Có 7 ngành hàng xuất khẩu đạt kim ngạch trên 1 tỷ USD.', '7 ngành hàng').unit).toBe('ngành hàng');
  });

  it('an industry named by a number in its name is no count', () => {
    expect(figuresIn('Ngành công nghiệp 4.0 được quan tâm phát triển.')).toHaveLength(0);
  });
});
