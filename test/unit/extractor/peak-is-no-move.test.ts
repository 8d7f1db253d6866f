// "Công suất phòng bình quân đạt 68,5%, có thời điểm lên 90 - 95%": a peak now and then is a level, not one reached by
// a move (no direction); "tăng lên 40,2%", "nâng tổng số lên 12 xã" still move up. Found by holdout14 (Hội An).
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

describe('a peak after "có thời điểm / có lúc" is no move', () => {
  it('"có thời điểm lên 90 - 95%" has no direction', () => {
    expectFigure('Công suất phòng bình quân đạt 68,5%, có thời điểm lên 90 - 95%.', '90 - 95%', { kind: 'level', direction: undefined, value: 90, high: 95 });
  });
  it('"có lúc lên 4 g/l" has no direction', () => {
    expectFigure('Độ mặn tại cống Cái Cối có lúc lên 4 g/l.', '4 g/l', { kind: 'level', direction: undefined });
  });
  it('"tỷ lệ lấp đầy tăng lên 70%" still moves up', () => {
    expectFigure('Tỷ lệ lấp đầy khu công nghiệp tăng lên 70%.', '70%', { kind: 'level', direction: 'up' });
  });
});
