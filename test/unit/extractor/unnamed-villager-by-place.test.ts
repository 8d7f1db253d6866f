// Someone unnamed, introduced by where they live ("có anh nông dân ở xã Ea Phê", "có cụ bà ở thôn 3"), tells one
// household's story; "có" before a counted number of households keeps the count.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('an unnamed villager introduced by place', () => {
  it('a farmer\'s hectares and income told to the speaker are his story', () => {
    const text = 'Có anh nông dân ở xã Ea Phê nói với tôi, nhà anh 2 ha cà phê mà năm nay thu gần 700 triệu đồng.';
    expectNoFigureAt(text, '2 ha');
    expectNoFigureAt(text, '700 triệu đồng');
  });

  it('an old woman\'s donated land is her story', () => {
    expectNoFigureAt('Hồi xã làm đường giao thông, có cụ bà ở thôn 3 hiến 500 m2 đất vườn, cả xã cảm động lắm.', '500 m2');
  });

  it('a count of households in a place stays a figure', () => {
    expect(figureAt('Năm 2024, toàn huyện có 612 hộ ở các xã vùng sâu thoát nghèo.', '612 hộ').value).toBe(612);
  });
});
