// Farm and trade tallies counted as written: vaccine doses given ("tiêm được 1,25 triệu liều vắc xin") and the traders
// who came to buy ("hơn 300 thương nhân", "thương lái"). A dose or a trader in a story of one farmer stays a story.
import { describe, expect, it } from 'vitest';
import { figureAt, figuresIn } from './helpers.ts';

const opts = { published: '2024-04-03' };

describe('doses and traders are counted nouns', () => {
  it('"1,25 triệu liều vắc xin" counts doses', () => {
    const f = figureAt('Đợt tiêm phòng vụ Xuân, toàn tỉnh đã tiêm được 1,25 triệu liều vắc xin các loại cho đàn gia súc.', '1,25 triệu', opts);
    expect(f.unit).toBe('liều');
    expect(f.value).toBe(1250000);
  });

  it('"hơn 300 thương nhân" counts traders', () => {
    const f = figureAt('Trong vụ vải năm nay, tỉnh đón hơn 300 thương nhân Trung Quốc đến thu mua.', '300', opts);
    expect(f.unit).toBe('thương nhân');
    expect(f.bound).toBe('over');
  });

  it('a word that only looks like one counts nothing', () => {
    expect(figuresIn('Ông Hai nhớ như in lời dặn của thầy thuốc từ năm 1998, liều lượng thuốc phải đúng.', opts)).toEqual([]);
  });
});
