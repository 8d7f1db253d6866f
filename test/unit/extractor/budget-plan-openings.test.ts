// "Dự toán chi ngân sách địa phương 701,2 tỷ đồng": a clause that opens with a budget estimate's name and gives its
// amount with no verb states the plan, as "Dự toán … là 455,3 tỷ đồng" does. Found probing a northern district budget
// session after holdout11.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2024-12-15' };
const text = 'HĐND huyện thông qua dự toán ngân sách năm 2025\n\nDự toán thu ngân sách trên địa bàn năm 2025 là 455,3 tỷ đồng. Dự toán chi ngân sách địa phương 701,2 tỷ đồng.';

describe('a clause opened by "Dự toán thu/chi …"', () => {
  it('states a target, of the plan\'s year', () => {
    expectFigure(text, '701,2', { modality: 'target', period: '2025', indicator: 'budget_expenditure' }, pub);
  });
  it('an attainment of the estimate stays actual', () => {
    expectFigure('Năm 2024, thu ngân sách đạt 612,5 tỷ đồng, bằng 145,8% dự toán tỉnh giao.', '612,5', { modality: 'actual' }, pub);
  });
  it('"dự toán" after a verb is no opening', () => {
    expectFigure('Năm 2024, chi ngân sách theo dự toán thực hiện 798,6 tỷ đồng.', '798,6', { modality: 'actual' }, pub);
  });
});

// "Tổng kế hoạch vốn đầu tư công trên 3.580 tỷ đồng, đã giải ngân đạt 62%", "Kế hoạch vốn năm 2024 được giao 1.250 tỷ
// đồng": the capital planned, with no verb or with "được giao". Found reading real provincial year-end reports.
describe('a clause opened by "(Tổng) kế hoạch vốn …"', () => {
  it('with no verb states the plan\'s amount', () => {
    expectFigure('Tổng kế hoạch vốn đầu tư công trên 3.580 tỷ đồng, đã giải ngân đạt 62%.', '3.580', { modality: 'target' }, pub);
  });
  it('… and the share disbursed of it stays actual', () => {
    expectFigure('Tổng kế hoạch vốn đầu tư công trên 3.580 tỷ đồng, đã giải ngân đạt 62%.', '62%', { modality: 'actual' }, pub);
  });
  it('"được giao" states the plan too', () => {
    expectFigure('Kế hoạch vốn năm 2024 được giao 1.250 tỷ đồng.', '1.250', { modality: 'target' }, pub);
  });
  it('capital disbursed against the plan stays actual', () => {
    expectFigure('Vốn đầu tư công đã giải ngân 1.020 tỷ đồng, bằng 81,6% kế hoạch vốn được giao.', '1.020', { modality: 'actual' }, pub);
  });
});
