// Market and consumer tallies counted as written: goods seized by the packet ("tịch thu 8.650 gói thuốc lá điếu nhập
// lậu"), consumers' complaints settled ("giải quyết 44/46 đơn"), e-commerce parcels and orders ("14,2 triệu bưu gửi",
// "1,8 triệu đơn hàng") and convenience stores ("hơn 1.100 cửa hàng tiện lợi", not cut to "cửa hàng").
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

const opts = { published: '2024-12-25' };

describe('market and consumer tallies are counted nouns', () => {
  it('"8.650 gói" counts packets seized', () => {
    const f = figureAt('Trong quý I, lực lượng quản lý thị trường tịch thu 8.650 gói thuốc lá điếu nhập lậu.', '8.650', opts);
    expect(f.unit).toBe('gói');
  });

  it('"44/46 đơn" counts complaints settled', () => {
    const f = figureAt('Sở Công Thương đã giải quyết 44/46 đơn phản ánh của người tiêu dùng.', '44/46', opts);
    expect([f.kind, f.value, f.of, f.unit]).toEqual(['ratio', 44, 46, 'đơn']);
  });

  it('parcels, orders and convenience stores', () => {
    const text = 'Sản lượng bưu gửi thương mại điện tử đạt khoảng 14,2 triệu bưu gửi, với 1,8 triệu đơn hàng; toàn tỉnh có hơn 1.100 cửa hàng tiện lợi.';
    expect(figureAt(text, '14,2').unit).toBe('bưu gửi');
    expect(figureAt(text, '1,8').unit).toBe('đơn hàng');
    expect(figureAt(text, '1.100').unit).toBe('cửa hàng tiện lợi');
  });

  it('a unit of something else stays apart', () => {
    expectNoFigureAt('Đơn vị đã nhận đơn của bà Lan và hẹn gặp lại sau 2 tuần.', '2 tuần', opts);
  });
});
