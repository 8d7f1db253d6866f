// "phấn đấu 2 xã Đắk Gằn và Thuận An đạt chuẩn nông thôn mới": the communes a count names one by one, joined by "và",
// do not end its noun phrase; the standard after the last name is what the count counts. Named communes followed by
// something no indicator measures still give the count none.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'Huyện Đắk Mil năm 2022\n\n';

describe('a count of units named one by one', () => {
  it('reaches the standard named after the last name', () => {
    expect(figureAt(`${HEAD}Huyện phấn đấu 2 xã Đắk Gằn và Thuận An đạt chuẩn nông thôn mới.`, '2 xã').indicator).toBe('new_rural_communes');
  });

  it('takes no indicator when what follows the names measures nothing known', () => {
    expect(figureAt(`${HEAD}Đợt nắng nóng làm 2 xã Đắk Gằn và Thuận An thiếu nước sinh hoạt.`, '2 xã').indicator).toBeUndefined();
  });
});
