// Status belongs to counts of criteria or targets met; an average count with a fraction ("bình quân mỗi xã đạt 17,6
// tiêu chí") has none, while "đạt 19/19 tiêu chí" and "có 16 chỉ tiêu đạt" keep theirs.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('an average count of criteria', () => {
  it('"bình quân mỗi xã đạt 17,6 tiêu chí" has no status', () => {
    expect(figureAt('Đến nay, bình quân mỗi xã đạt 17,6 tiêu chí nông thôn mới.', '17,6').status).toBeUndefined();
  });

  it('a whole count of criteria met keeps its status', () => {
    expect(figureAt('Năm 2024, xã Mỹ An đạt 19/19 tiêu chí nông thôn mới nâng cao.', '19/19').status).toBe('achieved');
    expect(figureAt('Năm 2024, huyện có 16 chỉ tiêu đạt và vượt kế hoạch.', '16 chỉ tiêu').status).toBe('achieved');
  });
});
