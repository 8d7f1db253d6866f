// A congress's target list gives the share of communes at the standard, then the share at a higher grade ("100% xã
// đạt chuẩn nông thôn mới, trong đó 40% đạt chuẩn nông thôn mới nâng cao"): the second share is of the grade its own
// words name. A share followed by the standard alone stays the standard's.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const pub = { published: '2025-10-20' };
const lead = 'Đại hội xác định mục tiêu đến năm 2030: ';

describe('a share that names a grade after it', () => {
  it('is the share of communes of that grade', () => {
    const text = `${lead}100% xã đạt chuẩn nông thôn mới, trong đó 40% đạt chuẩn nông thôn mới nâng cao và 12% đạt chuẩn kiểu mẫu.`;
    expect(figureAt(text, '40%', pub).indicator).toBe('new_rural_communes_advanced');
    expect(figureAt(text, '12%', pub).indicator).toBe('new_rural_communes_model');
  });
});

describe('a share of the standard itself', () => {
  it('stays the standard\'s', () => {
    const text = `${lead}100% xã đạt chuẩn nông thôn mới, giữ vững các tiêu chí đã đạt.`;
    expect(figureAt(text, '100%', pub).indicator).toBe('new_rural_communes');
  });
});
