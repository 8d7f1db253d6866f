// A sight named after its place ("danh thắng ruộng bậc thang Mù Cang Chải") is not that place; but a sight written with
// its commune's type word ("ruộng bậc thang xã Mù Cang Chải", "điểm du lịch xã Tả Van") lies in that commune, and the
// visitors it draws are the commune's.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2025-10-06', locality: 'tỉnh Lào Cai' };

describe('a sight and the commune named after it', () => {
  it('with the commune\'s type word, the commune owns what the sight draws', () => {
    expectFigure('Mùa lúa chín trên ruộng bậc thang xã Mù Cang Chải thu hút khoảng 310.000 lượt khách.', '310.000', { locality: 'xã Mù Cang Chải' }, opts);
  });
  it('a sight named by the bare place name is still no place of its own', () => {
    expectFigure('Danh thắng ruộng bậc thang Mù Cang Chải thu hút khoảng 310.000 lượt khách.', '310.000', { locality: 'tỉnh Lào Cai' }, opts);
  });
});
