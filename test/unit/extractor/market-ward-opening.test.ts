// "Tại chợ Biên Hòa (phường Trấn Biên), gạo thường có giá …, thịt heo đùi …; rau xanh tăng 10 - 15% so với tuần trước",
// "Khảo sát tại chợ Tam Bạc (phường Hồng Bàng) sáng 15/1, giá thịt lợn …; gà ta …": a ward named in brackets after the
// market a sentence opens on is the setting of the whole sentence, as "Tại xã Mỹ Xương, …" is, across ";" too. A ward
// named in a clause of its own further on still owns that clause only.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-11-29', locality: 'tỉnh Đồng Nai' };
const HEAD = 'Theo Thống kê tỉnh Đồng Nai, CPI tháng 11/2025 tăng 0,46% so với tháng trước.\n\n';

describe('a market\'s ward opening the sentence', () => {
  it('"Tại chợ … (phường …)," is the setting across ";"', () => {
    const text = HEAD + 'Tại chợ Biên Hòa (phường Trấn Biên), gạo thường có giá 15.000 - 16.000 đồng/kg, thịt heo đùi 110.000 - 120.000 đồng/kg; rau xanh tăng 10 - 15% so với tuần trước do mưa kéo dài.';
    expect(figureAt(text, '15.000', opts).locality).toBe('phường Trấn Biên');
    expect(figureAt(text, '10 - 15%', opts).locality).toBe('phường Trấn Biên');
  });

  it('"Khảo sát tại chợ … (phường …) sáng 15/1," too', () => {
    const text = HEAD + 'Khảo sát tại chợ Tam Bạc (phường Trấn Biên) sáng 15/11, giá thịt lợn ba chỉ 130.000 - 140.000 đồng/kg; gà ta 120.000 - 130.000 đồng/kg, tăng 10.000 đồng/kg so với đầu tháng.';
    expect(figureAt(text, '120.000', opts).locality).toBe('phường Trấn Biên');
    expect(figureAt(text, '10.000', opts).locality).toBe('phường Trấn Biên');
  });

  it('a ward in a later clause owns that clause only', () => {
    const text = HEAD + 'Giá gạo thường 15.000 - 16.000 đồng/kg, riêng chợ Tân Hiệp (phường Tân Triều) 17.000 đồng/kg; rau xanh tăng 10 - 15% so với tuần trước.';
    expect(figureAt(text, '10 - 15%', opts).locality).toBe('tỉnh Đồng Nai');
  });
});
