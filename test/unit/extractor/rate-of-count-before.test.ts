// "Trung tâm Phục vụ hành chính công xã tiếp nhận 8.420 hồ sơ, giải quyết đúng hạn 99,2%": a level in percent right
// after a count in its clause is a rate of that count, not of the rate a paragraph before was about (the poverty
// rate). Found probing post-merger commune reports (holdout15 session).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const before = 'Xã Long Hựu tổng kết năm 2025\n\nTỷ lệ hộ nghèo còn 0,42%.\n\n';

describe('a percentage after a count in its clause', () => {
  it('takes no indicator from an earlier paragraph', () => {
    const text = `${before}Trung tâm Phục vụ hành chính công xã tiếp nhận 8.420 hồ sơ, giải quyết đúng hạn 99,2%.`;
    expect(figureAt(text, '99,2%').indicator).toBeUndefined();
  });
  it('a percentage that names its own rate keeps it', () => {
    const text = `${before}Năm 2025 có 120 hộ thoát nghèo, tỷ lệ hộ nghèo đa chiều còn 0,3%.`;
    expect(figureAt(text, '0,3%').indicator).toBe('poverty_rate');
  });
  it('a bare percentage with no count before it still continues the topic', () => {
    const text = `${before}Đến cuối năm, khu vực xã Long Khánh cũ còn 0,9%.`;
    expect(figureAt(text, '0,9%').indicator).toBe('poverty_rate');
  });
});
