// An airport is named after a place it is not ("Cảng hàng không quốc tế Cam Ranh"): its flights stay the province's.
// The place itself, named as a place, still owns what it did.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'Báo Khánh Hòa\n\nKhánh Hòa đón khách dịp Tết\n\n';

describe('an airport named after a place', () => {
  it('flights of "Cảng hàng không quốc tế Cam Ranh" are the province\'s', () => {
    const text = `${HEAD}Trong dịp Tết, Cảng hàng không quốc tế Cam Ranh phục vụ 1.486 chuyến bay, trong đó 702 chuyến bay quốc tế.`;
    expect(figureAt(text, '1.486').locality).toBe('tỉnh Khánh Hòa');
  });

  it('the place named as a place owns its figure', () => {
    const text = `${HEAD}Trong dịp Tết, phường Cam Ranh đón 52.000 lượt khách du lịch.`;
    expect(figureAt(text, '52.000').locality).toBe('phường Cam Ranh');
  });
});
