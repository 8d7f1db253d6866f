// An index's score that moved most, set off by a comma or handed over by "với" ("chỉ số Quản trị điện tử tăng mạnh nhất,
// 0,74 điểm"), is that move in points, as a percentage is ("nhóm giáo dục tăng cao nhất, 9,1%").
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

describe('a score that moved most', () => {
  it('"tăng mạnh nhất, 0,81 điểm" is a rise of 0,81 points', () => {
    const text = 'Trong 10 chỉ số thành phần, chỉ số Tính minh bạch tăng mạnh nhất, 0,81 điểm.';
    expectFigure(text, '0,81 điểm', { kind: 'change', value: 0.81, unit: 'điểm', direction: 'up' });
  });

  it('"giảm nhiều nhất với 0,42 điểm" is a fall', () => {
    const text = 'Chỉ số Chi phí không chính thức giảm nhiều nhất với 0,42 điểm.';
    expectFigure(text, '0,42 điểm', { kind: 'change', value: 0.42, direction: 'down' });
  });

  it('a score after a comma with no move before it stays a level', () => {
    const text = 'Chỉ số Tính năng động được đánh giá cao nhất, 7,12 điểm.';
    expectFigure(text, '7,12 điểm', { kind: 'level', value: 7.12, direction: undefined });
  });
});
