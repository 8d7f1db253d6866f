// A port is named after a place it serves, not the place its figures belong to: "Cảng tàu khách quốc tế Hạ Long đón 38
// chuyến tàu biển", "cảng biển Chân Mây", "cảng cá Lạch Hới" (as "Cảng hàng không quốc tế Cam Ranh" already is). The
// place written with its type word as the sentence's subject still owns its figures.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-01-05', locality: 'tỉnh Quảng Ninh' };

describe('a port named after a place', () => {
  it('gives its figures no place of its own', () => {
    const text = 'Năm 2023, du lịch tỉnh tăng trưởng mạnh. Cảng tàu khách quốc tế Hạ Long đón 38 chuyến tàu biển quốc tế.';
    expect(figureAt(text, '38', opts).locality).toBe('tỉnh Quảng Ninh');
    const fish = 'Năm 2023, ngành thủy sản phát triển. Cảng cá Cái Rồng tiếp nhận 1.240 lượt tàu cá.';
    expect(figureAt(fish, '1.240', opts).locality).toBe('tỉnh Quảng Ninh');
  });

  it('leaves the city written as the subject', () => {
    const text = 'Năm 2023, du lịch tỉnh tăng trưởng mạnh. Thành phố Hạ Long đón 9,1 triệu lượt khách.';
    expect(figureAt(text, '9,1 triệu', opts).locality).toBe('thành phố Hạ Long');
  });
});
