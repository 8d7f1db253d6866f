// "TP ghi nhận 32.011 ca mắc sốt xuất huyết … Cũng trong tuần này đã ghi nhận 1 trường hợp tử vong do sốt xuất huyết tại
// quận 6. Như vậy số ca tử vong do sốt xuất huyết từ đầu năm đến nay là 13 người": a district named after a figure, by
// "tại", says where that one figure happened; the next sentence speaks of the city again, as it does within one sentence
// (at-part-of-whole), also when the city was named sentences before in the same paragraph and the figure's noun is long.
// Pattern from a city's dengue bulletin (2022).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const pub = { published: '2022-07-27' };
const page = (body: string) => `Báo Thanh Niên\n27/07/2022\n\nSốt xuất huyết tăng nhanh\n\n${body}`;

describe('a part named after a figure, in a later sentence of the paragraph', () => {
  const text = page('Trung tâm Kiểm soát bệnh tật TP.HCM cho biết, tính đến ngày 21/7, thành phố ghi nhận 32.011 ca mắc sốt xuất huyết, tăng 293,8% so với cùng kỳ năm 2021. Cũng trong tuần này đã ghi nhận 1 trường hợp tử vong do sốt xuất huyết tại quận 6. Như vậy số ca tử vong do sốt xuất huyết từ đầu năm đến nay là 13 người.');
  it('leaves the next sentence to the city', () => {
    expect(figureAt(text, '13 người', pub).locality).toBe('thành phố Hồ Chí Minh');
  });
});

describe('what carries on', () => {
  it('a district that opens its sentence', () => {
    const text = page('Trung tâm Kiểm soát bệnh tật TP.HCM cho biết, tính đến ngày 21/7, thành phố ghi nhận 32.011 ca mắc sốt xuất huyết. Tại quận 6, tuần qua ghi nhận 212 ca mắc. Số ca mắc tại đây tăng 35% so với tuần trước.');
    expect(figureAt(text, '35%', pub).locality).toBe('quận 6');
  });
});
