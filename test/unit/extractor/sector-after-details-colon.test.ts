// "GRDP quý I/2024 tăng 5,5%, …, cụ thể: Dịch vụ tăng 5,84% (cùng kỳ tăng 7,66%); Công nghiệp và Xây dựng tăng
// 4,77%": a sector named bare after "cụ thể:" is a part of the economy growing, as after "Trong đó,"; its growth is
// not the economy's.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-04-02' };

describe('a sector named bare after "cụ thể:"', () => {
  it('grows on its own, not as the GRDP', () => {
    const text = 'GRDP quý I/2024 tăng 5,2%, các ngành duy trì tăng trưởng, cụ thể: Dịch vụ tăng 6,1% (cùng kỳ tăng 7,3%); Công nghiệp và Xây dựng tăng 4,4%.';
    expect(figureAt(text, '6,1%', opts).indicator).toBeUndefined();
    expect(figureAt(text, '7,3%', opts).indicator).toBeUndefined();
  });

  it('the GRDP before it is still the GRDP', () => {
    const text = 'GRDP quý I/2024 tăng 5,2%, cụ thể: Dịch vụ tăng 6,1%.';
    expect(figureAt(text, '5,2%', opts).indicator).toBe('grdp_growth');
  });
});
