// A whole place as the subject ("toàn xã hiện có 14 trang trại") is a statistic even when a named person is cited for
// it ("Theo ông Thuỷ, …"); the person's own farm stays his story.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('a whole place cited through a named person', () => {
  it('"Theo ông Thuỷ, … toàn xã hiện có 14 trang trại" keeps the commune\'s counts', () => {
    const text = 'Theo ông Thuỷ, cũng như gia đình anh Thắng, toàn xã hiện có 14 trang trại và 52 gia trại, thu hút khoảng 350 lao động.';
    expect(figureAt(text, '14 trang trại').value).toBe(14);
    expect(figureAt(text, '350 lao động').value).toBe(350);
  });

  it('"Theo ông Sáu, năm nay vườn mai của ông có 1.000 gốc" stays his story', () => {
    expectNoFigureAt('Theo ông Sáu, năm nay vườn mai của ông có 1.000 gốc, lãi khoảng 300 triệu đồng.', '300 triệu đồng');
  });
});
