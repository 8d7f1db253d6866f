// "khoảng 1.000 lao động thuộc nhóm 1 và 500 lao động thuộc nhóm 2 được hỗ trợ": plans number the groups they
// support. A group's number names the group; it counts nothing (it was read as "1 lao động", sharing the noun of the
// count after it). Pattern from a real provincial labour-export plan.
import { describe, it } from 'vitest';
import { expectFigure, expectNoFigureAt } from './helpers.ts';

const pub = { published: '2025-04-21' };

describe('a group\'s number is no figure', () => {
  it('"thuộc nhóm 1 và 500 lao động"', () => {
    const text = 'Có khoảng 800 lao động thuộc nhóm 1 và 450 lao động thuộc nhóm 2 được hỗ trợ chi phí ban đầu.';
    expectNoFigureAt(text, '1 và', pub);
    expectFigure(text, '450 lao động', { value: 450 }, pub);
  });
});

describe('what stays a figure', () => {
  it('a count after a group\'s name', () => {
    expectFigure('Nhóm hộ nghèo có 120 hộ được hỗ trợ vay vốn.', '120 hộ', { value: 120 }, pub);
  });
  it('a group\'s change after its name', () => {
    expectFigure('Nhóm giáo dục tăng 2,15% so với tháng trước.', '2,15%', { kind: 'change' }, pub);
  });
});
