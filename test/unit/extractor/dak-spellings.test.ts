// "Đak Đoa", "Đăk Đoa" and "Đắk Đoa" are one district: papers write the Central Highlands' "Đắk" all three ways (Gia
// Lai's official names use "Đak"). Found probing Central Highlands reports after holdout14.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

describe('the three spellings of "Đắk" in place names', () => {
  it('"huyện Đak Đoa" is the district', () => {
    expectFigure('Năm 2024, huyện Đak Đoa có 11.900 ha cà phê.', '11.900 ha', { locality: 'huyện Đăk Đoa' });
  });
  it('a list with "Đak Đoa" hands each district its figure', () => {
    const text = 'Các huyện Chư Prông, Chư Sê, Đak Đoa có diện tích lớn nhất, lần lượt 17.600 ha, 12.400 ha và 11.900 ha.';
    expectFigure(text, '17.600 ha', { locality: 'huyện Chư Prông' });
    expectFigure(text, '11.900 ha', { locality: 'huyện Đăk Đoa' });
  });
  it('"Đak" alone in a name is no place', () => {
    expectFigure('Tỉnh Gia Lai năm 2024 có 106.000 ha cà phê; tại làng Đak Rơ, bà con trồng mới 30 ha cà phê.', '30 ha', { locality: 'tỉnh Gia Lai' });
  });
});
