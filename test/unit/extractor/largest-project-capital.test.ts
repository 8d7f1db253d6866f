// The capital of the one biggest project a report singles out ("trong đó lớn nhất là dự án nhà máy … với vốn 210 triệu
// USD") is a detail of that project, no figure; the total of all the projects before it is one.
import { describe, expect, it } from 'vitest';
import { figureAt, figuresIn } from './helpers.ts';

const OPTS = { published: '2025-09-20' };
const TEXT = 'Trao chứng nhận đầu tư\n\nDịp này, UBND tỉnh trao giấy chứng nhận đăng ký đầu tư cho 9 dự án với tổng vốn 640 triệu USD, trong đó lớn nhất là dự án nhà máy sản xuất tấm pin của một nhà đầu tư Hàn Quốc với vốn 210 triệu USD.';

describe("the largest project's capital", () => {
  it('is no figure', () => {
    expect(figuresIn(TEXT, OPTS).some((f) => f.text.startsWith('210'))).toBe(false);
  });

  it('the total before it is', () => {
    expect(figureAt(TEXT, '640 triệu USD', OPTS)).toMatchObject({ value: 640000000, unit: 'USD' });
  });
});
