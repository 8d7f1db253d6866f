// "Trong tháng, đuối nước làm 3 người tử vong", "thiên tai làm chết 4 người": monthly security and disaster reports
// count the dead of drowning, fire and storms with the words the lexicon reads as road deaths. They are no traffic
// deaths. Pattern from real provincial monthly reports.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2025-08-05' };

describe('the dead of drowning, fire or a disaster are no traffic deaths', () => {
  it('drowning', () => {
    expectFigure('Trong tháng, trên địa bàn tỉnh xảy ra 2 vụ đuối nước làm 3 người tử vong.', '3 người', { indicator: undefined }, pub);
  });
  it('a natural disaster', () => {
    expectFigure('Thiên tai làm chết 4 người và hư hỏng 120 căn nhà.', '4 người', { indicator: undefined }, pub);
  });
});

describe('what stays a traffic death', () => {
  it('a road accident', () => {
    expectFigure('Tai nạn giao thông làm chết 4 người, bị thương 7 người.', '4 người', { indicator: 'traffic_deaths' }, pub);
  });
  it('a road accident after a fire in another clause', () => {
    const text = 'Trong tháng xảy ra 2 vụ cháy, không có thiệt hại về người; tai nạn giao thông làm chết 5 người.';
    expectFigure(text, '5 người', { indicator: 'traffic_deaths' }, pub);
  });
});
