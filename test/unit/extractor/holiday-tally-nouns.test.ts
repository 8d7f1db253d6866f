// A holiday's tallies count emergencies treated ("tiếp nhận 1.036 lượt cấp cứu"), coach runs ("1.126 chuyến xe") and
// people in households given rice ("cho 4.080 hộ với 16.330 khẩu"): each keeps its counted noun whole, as "lượt khám"
// does. A bare "lượt" before another word stays "lượt".
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('nouns a holiday tally counts', () => {
  it('keeps them whole', () => {
    expect(figureAt('Các bệnh viện tiếp nhận 1.036 lượt cấp cứu liên quan đến tai nạn giao thông.', '1.036').unit).toBe('lượt cấp cứu');
    expect(figureAt('Các nhà xe chạy 1.126 chuyến xe, tăng 17% so với ngày thường.', '1.126').unit).toBe('chuyến xe');
    expect(figureAt('Trung ương hỗ trợ 245 tấn gạo cho 4.080 hộ với 16.330 khẩu.', '16.330').unit).toBe('khẩu');
  });

  it('leaves "chuyến" alone before another noun', () => {
    expect(figureAt('Cảng hàng không khai thác 218 chuyến bay trong dịp lễ.', '218').unit).toBe('chuyến bay');
  });
});
