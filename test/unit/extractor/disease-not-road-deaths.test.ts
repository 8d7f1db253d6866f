// "Tích lũy từ đầu năm cả nước ghi nhận 281.189 trường hợp mắc, 110 tử vong. So với cùng kỳ năm 2021 số mắc tăng 4,8
// lần": a disease's cases and deaths are not road deaths, though "tử vong" is how the lexicon names those. Pattern
// from real health pages.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2022-11-05' };

describe('a disease\'s figures take no road-accident indicator', () => {
  it('"số mắc tăng 4,8 lần" after deaths from dengue', () => {
    const text = 'Từ đầu năm đến nay cả nước ghi nhận 181.189 trường hợp mắc sốt xuất huyết, 96 tử vong. So với cùng kỳ năm 2021 số mắc tăng 3,8 lần.';
    expectFigure(text, '3,8 lần', { kind: 'change', indicator: undefined }, pub);
  });
  it('"số nhập viện giảm 13,9%"', () => {
    const text = 'Trong tuần, cả nước ghi nhận 8.441 ca sốt xuất huyết, 2 tử vong. So với tuần trước số nhập viện giảm 12,9%.';
    expectFigure(text, '12,9%', { indicator: undefined }, pub);
  });
});

describe('road deaths keep their indicator', () => {
  it('"số người chết giảm 5 người" after traffic accidents', () => {
    const text = 'Năm 2022, toàn tỉnh xảy ra 85 vụ tai nạn giao thông, làm chết 61 người. So với năm 2021, số người chết giảm 5 người.';
    expectFigure(text, '5 người', { indicator: 'traffic_deaths' }, pub);
  });
});
