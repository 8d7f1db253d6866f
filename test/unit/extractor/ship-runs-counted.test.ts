// Ports count the calls of cruise and passenger ships in runs: "đón 14 chuyến tàu biển quốc tế", "12 chuyến tàu du lịch".
// The counted noun stays whole, as "chuyến bay" and "chuyến xe" do; a bare "chuyến" (a fisherman's trips) stays "chuyến".
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-04-03' };

describe('runs of ships', () => {
  it('keep "chuyến tàu biển" and "chuyến tàu" whole', () => {
    expect(figureAt('Quý I, cảng Chân Mây đón 9 chuyến tàu biển quốc tế với hơn 12.000 khách.', '9 chuyến', opts).unit).toBe('chuyến tàu biển');
    expect(figureAt('Trong tháng có 26 chuyến tàu du lịch cập cảng Tuần Châu.', '26', opts).unit).toBe('chuyến tàu');
  });

  it('leave a bare "chuyến" alone', () => {
    expect(figureAt('Các nhà xe tăng cường 340 chuyến trong dịp lễ.', '340', opts).unit).toBe('chuyến');
  });
});
