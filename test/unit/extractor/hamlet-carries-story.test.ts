// "Thôn đã huy động 60 thanh niên, 3 máy xúc …" after a hamlet head's story: the unnamed hamlet is his, and the story
// goes on; after a district's report the same opening keeps its figures.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('an unnamed hamlet carrying on a story', () => {
  it('"Thôn đã huy động 60 thanh niên" after a hamlet head\'s story is his', () => {
    const text = 'Ông Võ Văn Tín, 54 tuổi, trưởng thôn Bình Đông, xã Bình Thạnh, cho biết thôn có 4 nhà bị sạt lở móng. Thôn đã huy động 60 thanh niên, 3 máy xúc khơi thông tuyến đường.';
    expectNoFigureAt(text, '60 thanh niên');
  });

  it('after a district\'s report the hamlet\'s count stays a figure', () => {
    const text = 'Theo UBND huyện, toàn huyện có 412 nhà bị ngập. Thôn đã huy động 60 thanh niên tham gia dọn bùn.';
    expect(figureAt(text, '60 thanh niên').value).toBe(60);
  });
});
