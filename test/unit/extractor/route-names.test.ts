// A road named after places ("cao tốc Khánh Hòa - Buôn Ma Thuột", "đường bộ ven biển Phú Yên") does not move its
// figures to those places; the places named as places still own theirs.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'BÁO ĐẮK LẮK ĐIỆN TỬ\n\nĐắk Lắk đẩy nhanh giải ngân vốn đầu tư công\n\n';

describe('places in a road\'s name', () => {
  it('both ends of an expressway\'s name leave the disbursement with the province', () => {
    const text = `${HEAD}Dự án thành phần đoạn qua tỉnh của tuyến cao tốc Khánh Hòa - Buôn Ma Thuột đã giải ngân 1.156 tỷ đồng, đạt 91,2% kế hoạch.`;
    expect(figureAt(text, '1.156 tỷ đồng').locality).toBe('tỉnh Đắk Lắk');
  });

  it('a coastal road named after a former province leaves the figure with the province', () => {
    const text = `${HEAD}Tuyến đường bộ ven biển Phú Yên mới giải ngân 198 tỷ đồng do vướng mặt bằng.`;
    expect(figureAt(text, '198 tỷ đồng').locality).toBe('tỉnh Đắk Lắk');
  });

  it('a place named as a place owns its figure', () => {
    const text = `${HEAD}Riêng khu vực Phú Yên cũ giải ngân 3.518 tỷ đồng, đạt 65,5% kế hoạch.`;
    expect(figureAt(text, '3.518 tỷ đồng').locality).toBe('tỉnh Phú Yên');
  });
});
