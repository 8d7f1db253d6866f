// Herds are counted at a date and compared with the same date a year before; a release puts that base first and runs
// the changes after it: "So với cùng thời điểm năm trước, đàn lợn tăng 2,1%, đàn trâu giảm 3,4%". Without the opening
// the changes state no base.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a sentence opening on the same moment a year before', () => {
  it('gives every change of the sentence the same period as base', () => {
    const text = 'Tổng đàn lợn có 815.400 con. So với cùng thời điểm năm trước, đàn lợn tăng 2,1%, đàn trâu giảm 3,4%, đàn bò giảm 1,7%.';
    expect(figureAt(text, '2,1%').base).toBe('same_period');
    expect(figureAt(text, '1,7%').base).toBe('same_period');
  });

  it('leaves the same changes without a base when the sentence opens otherwise', () => {
    const text = 'Tổng đàn lợn có 815.400 con. Trong tháng, đàn lợn tăng 2,1%, đàn trâu giảm 3,4%, đàn bò giảm 1,7%.';
    expect(figureAt(text, '1,7%').base).toBeUndefined();
  });
});
