// "hoàn thành và hoàn thành vượt mức 19/19 chỉ tiêu": all met, some beyond (achieved); "hoàn thành vượt mức 12 chỉ
// tiêu": beyond the plan (exceeded). A count of targets set, with no verdict, has no status.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2025-01-08' };

describe('verdicts written with "hoàn thành … vượt mức"', () => {
  it('"hoàn thành và hoàn thành vượt mức" before the count is achieved', () => {
    expectFigure('Năm 2024, xã hoàn thành và hoàn thành vượt mức 21/21 chỉ tiêu đề ra.', '21/21 chỉ tiêu', { status: 'achieved' }, opts);
  });
  it('"hoàn thành vượt mức" after the count is exceeded', () => {
    expectFigure('Năm 2024, xã có 9 chỉ tiêu hoàn thành vượt mức kế hoạch.', '9 chỉ tiêu', { status: 'exceeded' }, opts);
  });
  it('a count of targets set has none', () => {
    expectFigure('Năm 2025, xã đề ra 21 chỉ tiêu chủ yếu.', '21 chỉ tiêu', { status: undefined }, opts);
  });
});
