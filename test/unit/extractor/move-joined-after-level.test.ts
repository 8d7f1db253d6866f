// A move joined after a level with no amount of its own ("đạt trên 80% và đều tăng trưởng cao hơn so với năm 2022",
// "đạt 91%, cao hơn so với năm 2023") has the base; the level keeps none. A share written against the base itself
// ("đạt 105% so với năm 2022") still is one.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

describe('a move joined after a level', () => {
  it('"đạt trên 85% và đều tăng cao hơn so với năm 2023" leaves the level a level', () => {
    const text = 'Năm 2024, các huyện đều có tỷ lệ hồ sơ trực tuyến đạt trên 85% và đều tăng cao hơn so với năm 2023.';
    expectFigure(text, '85%', { kind: 'level', base: undefined, bound: 'over' });
  });

  it('"đạt 105% so với năm 2022" is still a share of that year', () => {
    expectFigure('Thu ngân sách năm 2023 đạt 105% so với năm 2022.', '105%', { kind: 'attainment', base: '2022' });
  });
});
