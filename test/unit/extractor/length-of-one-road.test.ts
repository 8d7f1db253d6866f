// "mở rộng con đường dài 1,2 km", "khơi thông tuyến đường dài 800 m": the length of one road or work describes it;
// kilometres of road built or repaired are a figure.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('the length of one road', () => {
  it('"tuyến đường dài 800 m" is no figure', () => {
    expectNoFigureAt('Xã đã khơi thông tuyến đường dài 800 m dẫn vào khu dân cư.', '800 m');
  });

  it('"bê tông hóa 38 km đường" is a figure', () => {
    const f = figureAt('Giai đoạn 2021 - 2024, xã đã bê tông hóa 38 km đường giao thông nông thôn.', '38 km');
    expect([f.value, f.unit]).toEqual([38, 'km']);
  });
});

describe('the second measure of one thing', () => {
  it('"Chiếc cầu dài 120 m, rộng 5 m" gives no figure', () => {
    const text = 'Chiếc cầu dài 120 m, rộng 5 m được khánh thành sáng 19/12.';
    expectNoFigureAt(text, '120 m');
    expectNoFigureAt(text, '5 m');
  });

  it('"nâng cấp 12 km đường" keeps the kilometres built', () => {
    expect(figureAt('Năm 2024, huyện nâng cấp 12 km đường giao thông nông thôn.', '12 km').value).toBe(12);
  });
});
