// "Trong năm, cấp giấy chứng nhận đăng ký kinh doanh cho 420 doanh nghiệp": firms given their registration certificate
// in a stretch are the firms newly registered. Household businesses registered the same way are not firms.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-12-18' };

describe('registration certificates issued to firms', () => {
  it('count new enterprises', () => {
    const text = 'Năm 2024, thành phố cấp giấy chứng nhận đăng ký kinh doanh cho 420 doanh nghiệp, nâng tổng số doanh nghiệp lên 3.860 doanh nghiệp.';
    expect(figureAt(text, '420', opts).indicator).toBe('new_enterprises');
    const enterprise = 'Năm 2024, tỉnh cấp mới giấy chứng nhận đăng ký doanh nghiệp cho 1.150 doanh nghiệp.';
    expect(figureAt(enterprise, '1.150', opts).indicator).toBe('new_enterprises');
  });

  it('household businesses are not firms', () => {
    const text = 'Năm 2024, phường cấp giấy chứng nhận đăng ký kinh doanh cho 1.240 hộ kinh doanh.';
    expect(figureAt(text, '1.240', opts).indicator).toBeUndefined();
  });
});
