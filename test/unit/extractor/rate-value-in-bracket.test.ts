// "tăng tỷ lệ <rate> (<value>)": the verb moves a rate it names, and the bracket after the rate's name gives the level the
// rate reached, not the size of the move. (A bracket with its own verb, or a change written straight after the verb,
// is still a change.)
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2023-01-05' };

describe('a rate\'s value in brackets after "tăng/giảm tỷ lệ …" is the level reached', () => {
  it('a share with a bound and its whole', () => {
    expectFigure('Năm 2022, huyện tăng tỷ lệ đàn gà nuôi theo hướng an toàn sinh học (trên 45% tổng đàn).', '45%', { kind: 'level', direction: 'up', bound: 'over' }, pub);
  });
  it('a bare rate', () => {
    expectFigure('Năm 2022, huyện giảm tỷ lệ trẻ em suy dinh dưỡng thể thấp còi (11,4%).', '11,4%', { kind: 'level', direction: 'down' }, pub);
  });
});

describe('what stays a change', () => {
  it('a bracket with its own verb', () => {
    expectFigure('Năm 2022, huyện tăng tỷ lệ hộ dùng nước sạch (tăng 3,5% so với năm 2021).', '3,5%', { kind: 'change', direction: 'up' }, pub);
  });
  it('the move written right after the verb', () => {
    expectFigure('Năm 2022, tỷ lệ hộ dùng nước sạch tăng 3,5%.', '3,5%', { kind: 'change' }, pub);
  });
});
