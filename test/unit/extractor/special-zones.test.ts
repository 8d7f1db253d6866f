// Since 1 July 2025 a special zone ("đặc khu Phú Quốc", "đặc khu Côn Đảo") is a commune-level unit: figures about it
// belong to it, not to the city it replaced ("thành phố Phú Quốc cũ"). Pattern from holdout15.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const head = 'Đặc khu Phú Quốc đón hơn 6,9 triệu lượt khách trong 10 tháng\n\n';

describe('special zones (đặc khu)', () => {
  it('a headline\'s special zone is the article\'s place', () => {
    const text = `${head}Đặc khu được thành lập trên cơ sở thành phố Phú Quốc cũ. Doanh thu du lịch ước đạt 58.400 tỷ đồng.`;
    expect(figureAt(text, '6,9').locality).toBe('đặc khu Phú Quốc');
    expect(figureAt(text, '58.400').locality).toBe('đặc khu Phú Quốc');
  });
  it('"đặc khu 10 tháng" is the zone and a period, not a zone numbered 10', () => {
    const text = `${head}Thu ngân sách nhà nước trên địa bàn đặc khu 10 tháng đạt 7.820 tỷ đồng.`;
    expect(figureAt(text, '7.820').locality).toBe('đặc khu Phú Quốc');
  });
  it('a special zone named in the body owns its sentence', () => {
    const text = 'Tỉnh An Giang đón 12 triệu lượt khách.\n\nRiêng đặc khu Thổ Châu đón 21.000 lượt khách.';
    expect(figureAt(text, '21.000').locality).toBe('đặc khu Thổ Châu');
  });
  it('"đặc khu kinh tế" is a kind of zone, not a place named "Kinh Tế"', () => {
    const text = 'Tỉnh An Giang đón 12 triệu lượt khách.\n\nMô hình đặc khu kinh tế giúp tỉnh thu hút thêm 21.600 tỷ đồng.';
    expect(figureAt(text, '21.600').locality).toBe('tỉnh An Giang');
  });
});

describe('an island district\'s bare name after 1 July 2025', () => {
  const text = 'Côn Đảo đón hơn 500.000 lượt khách trong 10 tháng\n\nLượng khách tăng 20% so với cùng kỳ.';
  it('is its special zone', () => {
    expect(figureAt(text, '500.000', { published: '2025-11-02' }).locality).toBe('đặc khu Côn Đảo');
    expect(figureAt(text, '20%', { published: '2025-11-02' }).locality).toBe('đặc khu Côn Đảo');
  });
  it('is still the district before the merger', () => {
    expect(figureAt(text, '500.000', { published: '2024-11-02' }).locality).toBe('huyện Côn Đảo');
  });
  it('other bare district names are left as they were', () => {
    const other = 'Cai Lậy thu ngân sách 500 tỷ đồng\n\nThu ngân sách tăng 20% so với cùng kỳ.';
    expect(figureAt(other, '500 tỷ', { published: '2025-11-02' }).locality).toBe(figureAt(other, '500 tỷ', { published: '2024-11-02' }).locality);
  });
});

describe('a count of special zones', () => {
  it('"13 đặc khu" is a count of places, like "687 phường"', () => {
    const f = figureAt('Cả nước có 3.321 đơn vị hành chính cấp xã, gồm 2.621 xã, 687 phường và 13 đặc khu.', '13 đặc khu');
    expect(f.unit).toBe('đặc khu');
    expect(f.value).toBe(13);
  });
  it('a zone named by its type word and name is no count', () => {
    const text = 'Đặc khu Phú Quốc đón 6,9 triệu lượt khách.';
    expect(figureAt(text, '6,9').unit).toBe('lượt khách');
  });
});

describe('"đặc khu" or "toàn xã" as the subject of a clause', () => {
  const text = 'An Giang: du lịch 10 tháng\n\nToàn tỉnh đón 12 triệu lượt khách. Đặc khu Phú Quốc đón 6,9 triệu lượt khách. Đặc khu có 312 dự án còn hiệu lực. Toàn đặc khu có 18.600 phòng lưu trú.';
  it('is the zone just named', () => {
    expect(figureAt(text, '312').locality).toBe('đặc khu Phú Quốc');
    expect(figureAt(text, '18.600').locality).toBe('đặc khu Phú Quốc');
  });
  it('"Toàn xã có …" is the commune just named', () => {
    const t = 'An Giang: nông thôn mới\n\nToàn tỉnh có 120 xã đạt chuẩn. Xã Vĩnh Hòa có 12 sản phẩm OCOP. Toàn xã có 95% hộ dùng nước sạch.';
    expect(figureAt(t, '95%').locality).toBe('xã Vĩnh Hòa');
  });
  it('"toàn tỉnh" after a zone is still the province', () => {
    const t = 'An Giang: du lịch\n\nĐặc khu Phú Quốc đón 6,9 triệu lượt khách. Toàn tỉnh có 20.000 phòng lưu trú.';
    expect(figureAt(t, '20.000').locality).toBe('tỉnh An Giang');
  });
});
