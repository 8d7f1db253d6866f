// A count that beat its plan is followed by the plan's own value in a bracket: "có 21 xã đạt chuẩn nông thôn mới nâng
// cao, vượt mục tiêu cả nhiệm kỳ (Nghị quyết đề ra 15 xã)". The 15 is what the plan set, not "over 15": "vượt" passed
// the plan, and the bracket states it. A mark passed with no bracket ("vượt mốc 200 triệu USD") is still over it.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2023-06-02', locality: 'huyện Đông Hưng' };

describe('a plan\'s value in a bracket after "vượt" is no bound', () => {
  it('"vượt mục tiêu cả nhiệm kỳ (Nghị quyết đề ra 15 xã)" is the target itself', () => {
    const text = 'Đến nay, huyện có 21 xã đạt chuẩn nông thôn mới nâng cao, vượt mục tiêu cả nhiệm kỳ (Nghị quyết đề ra 15 xã).';
    const f = figureAt(text, '15 xã', opts);
    expect(f.bound).toBeUndefined();
    expect(f.modality).toBe('target');
  });
  it('"vượt mốc 200 triệu USD" stays over the mark', () => {
    const text = 'Năm 2022, kim ngạch xuất khẩu của huyện vượt mốc 200 triệu USD.';
    expect(figureAt(text, '200 triệu USD', opts).bound).toBe('over');
  });
});
