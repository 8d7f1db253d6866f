// "lượt người" counts visitors and workers alike: jobs found "cho 412.600 lượt người" are jobs, while people who came
// to visit, with no other measure named, stay visitors.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a count in "lượt người"', () => {
  it('is the jobs its clause names, with the attainment after it', () => {
    const text = 'Trong 10 tháng, thành phố giải quyết việc làm cho 412.600 lượt người, đạt 96,1% kế hoạch năm.';
    expect(figureAt(text, '412.600').indicator).toBe('jobs_created');
    expect(figureAt(text, '96,1%').indicator).toBe('jobs_created');
  });

  it('stays visitors when the clause names no other measure', () => {
    const text = 'Trong 10 tháng, thành phố đón 32,5 triệu lượt người đến tham quan.';
    expect(figureAt(text, '32,5 triệu').indicator).toBe('tourist_arrivals');
  });
});
