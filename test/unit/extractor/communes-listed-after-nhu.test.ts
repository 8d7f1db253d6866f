// "Ở các xã vùng cao như Tân Hợp, Chiềng Khừa, tỷ lệ này vẫn lần lượt là 14,3% và 16,8%": communes listed after "các
// xã … như" pair with the figures after "lần lượt", as after "các xã … là"; without "lần lượt" such examples own
// nothing, and the figures of the next sentence stay the article's place's.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2024-01-15', locality: 'huyện Mộc Châu' };

describe('communes given as examples after "các xã … như"', () => {
  it('each own their figure after "lần lượt"', () => {
    const text = 'Ở các xã vùng cao như Tân Hợp, Chiềng Khừa, tỷ lệ hộ nghèo vẫn lần lượt là 14,3% và 16,8%.';
    expectFigure(text, '14,3%', { locality: 'xã Tân Hợp' }, opts);
    expectFigure(text, '16,8%', { locality: 'xã Chiềng Khừa' }, opts);
  });
  it('own nothing without "lần lượt"', () => {
    const text = 'Ở các xã vùng cao như Tân Hợp, Chiềng Khừa, tỷ lệ hộ nghèo còn cao. Toàn huyện có 586 hộ thoát nghèo.';
    expectFigure(text, '586', { locality: 'huyện Mộc Châu' }, opts);
  });
});
