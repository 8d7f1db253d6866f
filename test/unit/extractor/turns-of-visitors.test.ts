// "đón hơn 142.000 lượt du khách": visitors counted by the visit are reported as written, as "lượt khách" is (the spec's
// counted noun as written), and stay tourist arrivals. A bare "lượt" and "lượt khách" keep their units.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2026-04-08', locality: 'xã Đất Mũi' };

describe('lượt du khách', () => {
  it('is the unit as written, and a tourist count', () => {
    expectFigure('Quý I/2026, các điểm du lịch trên địa bàn xã đón 126.000 lượt du khách, tăng 18% so với cùng kỳ.', '126.000', { unit: 'lượt du khách', indicator: 'tourist_arrivals' }, opts);
  });

  it('leaves "lượt khách" and a bare "lượt" as they were', () => {
    expectFigure('Quý I/2026, các điểm du lịch trên địa bàn xã đón 126.000 lượt khách, tăng 18% so với cùng kỳ.', '126.000', { unit: 'lượt khách' }, opts);
    expectFigure('Quý I/2026, xã đón 126.000 lượt khách, trong đó khách quốc tế 2.400 lượt.', '2.400', { unit: 'lượt' }, opts);
  });
});
