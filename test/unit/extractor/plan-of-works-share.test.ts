// "Giải ngân đạt 27,23% kế hoạch vốn. Đến nay, huyện đã hoàn thành gần 90% kế hoạch xóa nhà tạm, nhà dột nát": a share
// of a plan named by the work it sets out is that work's progress, not another share of the capital the paragraph was
// disbursing.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const before = 'Đến ngày 15/6, giải ngân vốn đầu tư công đạt 31,5% kế hoạch vốn. ';

describe('a share of a plan of works', () => {
  it('is not the paragraph\'s measure', () => {
    expect(figureAt(`${before}Đến nay, huyện đã hoàn thành 85% kế hoạch xóa nhà tạm, nhà dột nát.`, '85%').indicator).toBeUndefined();
    expect(figureAt(`${before}Xã đã thực hiện 60% kế hoạch bê tông hóa đường giao thông nông thôn.`, '60%').indicator).toBeUndefined();
  });

  it('a share of the capital plan still is', () => {
    expect(figureAt(`${before}Riêng vốn ngân sách tỉnh đạt 40,2% kế hoạch.`, '40,2%').indicator).toBe('public_investment_disbursement');
  });
});
