// A clock time usually marks one incident ("Khoảng 14 giờ ngày 14/11, … làm 2 người chết"), but on a price page it says
// when the price was taken ("Theo khảo sát lúc 8 giờ 30 phút, giá cà phê … ở mức 116.200 đồng/kg"): the prices are
// figures. Found by holdout39/001 (a daily coffee price page).
import { describe, it } from 'vitest';
import { expectFigure, expectNoFigureAt } from './helpers.ts';

const opts = { published: '2025-10-14' };

describe('a clock time in a sentence quoting a price per unit', () => {
  it('the price taken at a clock time is a figure', () => {
    const text = 'Giá cà phê tăng\n\nTheo khảo sát lúc 8 giờ 30 phút, giá cà phê tại tỉnh Đắk Lắk ở mức 116.200 đồng/kg, tăng 1.200 đồng/kg so với hôm qua.';
    expectFigure(text, '116.200 đồng/kg', { kind: 'level', unit: 'VND/kg' }, opts);
    expectFigure(text, '1.200 đồng/kg', { kind: 'change', direction: 'up' }, opts);
  });
  it('an incident at a clock time and a road milestone is still one incident', () => {
    const text = 'Tai nạn giao thông\n\nKhoảng 14 giờ ngày 14/11, xe tải chở heo giá 60.000 đồng/kg bị lật tại km 12 Quốc lộ 1A, thiệt hại 200 triệu đồng.';
    expectNoFigureAt(text, '200 triệu đồng', opts);
  });
});
