// "Chỉ số cải cách hành chính năm 2023 của tỉnh giảm 5 bậc", "PCI tăng 9 bậc": an index's rank moves by places, and
// the places are that index's figure. Places named with no index near them belong to none.
import { describe, expect, it } from 'vitest';
import { figureAt, figuresIn } from './helpers.ts';

describe('places gained or lost by an index', () => {
  it('"Chỉ số cải cách hành chính … giảm 5 bậc" is the PAR index', () => {
    const f = figureAt('Chỉ số cải cách hành chính năm 2023 của tỉnh giảm 5 bậc so với năm 2022.', '5 bậc');
    expect([f.kind, f.indicator, f.direction]).toEqual(['change', 'par_index', 'down']);
  });

  it('"Chỉ số PCI năm 2023 tăng 9 bậc" is the PCI', () => {
    expect(figureAt('Chỉ số PCI năm 2023 của tỉnh tăng 9 bậc so với năm 2022.', '9 bậc').indicator).toBe('pci');
  });

  it('places with no index named take no indicator', () => {
    const fs = figuresIn('Đội bóng của tỉnh tăng 3 hạng so với mùa giải trước.');
    expect(fs.every((f) => f.indicator === undefined)).toBe(true);
  });
});
