// "Đưa 1.706 lao động làm việc ở nước ngoài": a headline drops the "đi" of "đưa … lao động đi làm việc ở nước ngoài";
// the count is still of workers sent abroad. Workers who work abroad with no one sending them are not.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2023-11-21' };

describe('"đưa N lao động làm việc ở nước ngoài"', () => {
  it('counts workers sent abroad', () => {
    expect(figureAt('Đưa 1.706 lao động làm việc ở nước ngoài\n\nNăm 2023, tỉnh đẩy mạnh công tác giải quyết việc làm.', '1.706', opts).indicator).toBe('labour_export');
  });

  it('"đưa" missing, no export is read', () => {
    const text = 'Năm 2023, huyện có 1.706 lao động làm việc ở các khu công nghiệp trong tỉnh.';
    expect(figureAt(text, '1.706', opts).indicator).not.toBe('labour_export');
  });
});
