import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers';

// A share in per cent of an amount an indicator counts ("khách quốc tế chiếm 38%", "lúa chất lượng cao chiếm 80% diện
// tích") is no level of that indicator; the amount itself, its change and its share of a plan still are.
const at = (text: string, needle: string) => figureAt(text, needle, { published: '2025-07-05' });

describe('amount-not-share', () => {
  it('gives a share of visitors from abroad no arrivals id', () => {
    const text = '6 tháng đầu năm, thành phố đón 2,1 triệu lượt khách; khách quốc tế 812.000 lượt, chiếm 38,7%, tăng 14% so với cùng kỳ.';
    expect(at(text, '38,7%').indicator).toBeUndefined();
    expect(at(text, '812.000').indicator).toBe('international_tourist_arrivals');
  });
  it('gives a share of the sown area no crop-area id, but keeps the area and its plan share', () => {
    const text = 'Vụ Hè Thu 2025, huyện xuống giống 24.300 ha lúa, đạt 101,2% kế hoạch; diện tích lúa chất lượng cao chiếm 86%.';
    expect(at(text, '86%').indicator).toBeUndefined();
    expect(at(text, '24.300 ha').indicator).toBe('crop_area');
    expect(at(text, '101,2%').indicator).toBe('crop_area');
  });
});
