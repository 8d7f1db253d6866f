// Under a heading line about disbursement ("Một số nguồn vốn còn giải ngân chậm:"), a capital source's line "- Vốn ngân
// sách tỉnh (nguồn thu tiền sử dụng đất): 1.250 tỷ đồng, đạt 52%" measures the disbursement, though the source's name
// holds words of revenue. Found by holdout33.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2025-12-05', locality: 'tỉnh Gia Lai' };

describe('capital sources listed under a disbursement heading', () => {
  it('the amount and share of "- Vốn … (nguồn thu tiền sử dụng đất): …" are disbursement', () => {
    const text = 'Một số nguồn vốn còn giải ngân chậm:\n- Vốn ngân sách tỉnh (nguồn thu tiền sử dụng đất): 1.250 tỷ đồng, đạt 52%;\n' +
      '- Vốn các chương trình mục tiêu quốc gia: 486 tỷ đồng, đạt 49,3%;';
    expectFigure(text, '1.250 tỷ đồng', { indicator: 'public_investment_disbursement' }, opts);
    expectFigure(text, '52%', { indicator: 'public_investment_disbursement', kind: 'attainment' }, opts);
    expectFigure(text, '486 tỷ đồng', { indicator: 'public_investment_disbursement' }, opts);
  });

  it('the same lines under a heading on the structure of investment are not disbursement', () => {
    const text = 'Cơ cấu vốn đầu tư toàn xã hội theo nguồn:\n- Vốn ngân sách nhà nước: 1.250 tỷ đồng, chiếm 12%;';
    expectFigure(text, '1.250 tỷ đồng', { indicator: 'social_investment' }, opts);
  });
});
