// "Chỉ số sản xuất công nghiệp (IIP) quý I tăng 11,2%; một số sản phẩm công nghiệp chủ yếu tăng khá như điện thoại di
// động tăng 21,3%, ti vi tăng 17,9%": a product's growth is not the index of industry as a whole. Seen in 4 unscored
// figures (holdout, holdout5).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const iip = 'Chỉ số sản xuất công nghiệp (IIP) quý I tăng 11,2% so với cùng kỳ.\n\n';

describe('a product named in its own words is not the IIP', () => {
  it('"một số sản phẩm … như điện thoại di động tăng 21,3%, ti vi tăng 17,9%" takes no IIP', () => {
    const text = `${iip}Một số sản phẩm công nghiệp chủ yếu tăng khá như điện thoại di động tăng 21,3%, ti vi tăng 17,9%.`;
    expect(figureAt(text, '21,3%').indicator).toBeUndefined();
    expect(figureAt(text, '17,9%').indicator).toBeUndefined();
  });
  it('a branch of industry still takes the IIP', () => {
    const text = `${iip}Riêng ngành chế biến, chế tạo tăng 9,05%.`;
    expect(figureAt(text, '9,05%').indicator).toBe('industrial_production_index');
  });
});
