// "khoảng 2.150 hộ ở các xã ven biển huyện Cầu Ngang và Duyên Hải": a second name joined to a place under its one noun
// makes the two a list even when that name alone is not placed; neither owns the count, nor a change later in the
// sentence. A place joined to a lower-case phrase ("tại huyện Cam Lâm và các xã lân cận") still owns it.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2024-04-18', locality: 'tỉnh Trà Vinh' };
const HEAD = 'Trà Vinh: hạn mặn mùa khô 2023 - 2024\n\n';

describe('a place joined to a bare name', () => {
  it('owns none of the sentence', () => {
    const text = `${HEAD}Khoảng 1.800 hộ ở các xã ven biển huyện Cầu Ngang và Duyên Hải thiếu nước sinh hoạt, giảm 25% so với mùa khô năm trước.`;
    expectFigure(text, '1.800', { locality: 'tỉnh Trà Vinh' }, opts);
    expectFigure(text, '25%', { locality: 'tỉnh Trà Vinh' }, opts);
  });

  it('joined to a lower-case phrase still owns it', () => {
    const text = `${HEAD}Mùa khô năm nay có 640 hộ thiếu nước tại huyện Cầu Ngang và các xã lân cận.`;
    expectFigure(text, '640', { locality: 'huyện Cầu Ngang' }, opts);
  });
});
