// Under a heading that says the amounts are disbursements ("Kết quả giải ngân theo nguồn vốn …:"), an item
// "- Vốn …: 5.118 tỷ đồng, đạt 47,9%;" gives the share of that source's capital plan: an attainment, as
// "giải ngân 6.124 tỷ đồng, đạt 72,1%" is in prose. Found by holdout33.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2025-10-08', locality: 'tỉnh Phú Thọ' };

describe('a share after an amount in a disbursement list', () => {
  it('the items of a list under a "giải ngân" heading are attainments of their plans', () => {
    const text = 'Kết quả giải ngân theo nguồn vốn đến ngày 30/9/2025:\n- Vốn ngân sách địa phương: 5.118 tỷ đồng, đạt 47,9%;\n' +
      '- Vốn nước ngoài (ODA): 1,26 nghìn tỷ đồng, đạt 38,5%.';
    expectFigure(text, '47,9%', { kind: 'attainment', base: 'target' }, opts);
    expectFigure(text, '38,5%', { kind: 'attainment', base: 'target' }, opts);
  });

  it('the same list under a heading that is not about disbursement leaves the share a level', () => {
    const text = 'Cơ cấu vốn đầu tư toàn xã hội theo nguồn:\n- Vốn khu vực dân cư: 5.118 tỷ đồng, đạt 47,9%;';
    expectFigure(text, '47,9%', { kind: 'level', base: undefined }, opts);
  });
});
