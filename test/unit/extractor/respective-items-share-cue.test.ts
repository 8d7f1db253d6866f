// A plan's values for several places or sectors are given as one "lần lượt" list after the verb that sets them: "Nghị
// quyết của ba huyện đề ra lần lượt 7%/năm, 8 - 9%/năm và 6,5%/năm". The commas only part the list's items: each
// is set by the same "đề ra", as the first is. A comma that closes the plan's clause before a result still ends it.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-09-20', locality: 'tỉnh Ninh Bình' };

describe('the items of a "lần lượt" list share the cue that sets the list', () => {
  it('"đề ra lần lượt 7%/năm, 8 - 9%/năm và 6,5%/năm": all three are targets', () => {
    const text = 'Tốc độ tăng trưởng GRDP chưa đạt (Nghị quyết của ba tỉnh đề ra lần lượt 7%/năm, 8 - 9%/năm và 6,5%/năm).';
    expect(figureAt(text, '7%', opts).modality).toBe('target');
    expect(figureAt(text, '8 - 9%', opts).modality).toBe('target');
    expect(figureAt(text, '6,5%', opts).modality).toBe('target');
  });
  it('a result after the plan\'s comma, with no "lần lượt", stays a result', () => {
    const text = 'Nghị quyết đề ra 20 xã đạt chuẩn, đến nay có 24 xã đạt chuẩn nông thôn mới nâng cao.';
    expect(figureAt(text, '24 xã', opts).modality).toBe('actual');
  });
});
