// "…, so với cùng kỳ, số dự án cấp mới bằng 100%, vốn đầu tư tăng 49%", "So với thời điểm cùng kỳ, số dự án … tương đương
// nhưng số vốn đăng ký chỉ bằng 15,3%" (real investment reports): a share of the same stretch a year before, its base put
// first, is an attainment against it, as "bằng 85,2% so với cùng kỳ" is. A share with no base before it stays a level.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2023-09-20' };

describe('a share after a base put first', () => {
  it('"so với cùng kỳ, … bằng 100%" is an attainment against the same period', () => {
    const text = 'Thu hút đầu tư\n\nTỉnh thu hút 9 dự án FDI, tổng vốn 42,5 triệu USD, so với cùng kỳ, số dự án cấp mới bằng 112%, vốn đầu tư tăng 38%.';
    const f = figureAt(text, '112%', OPTS);
    expect(f.kind).toBe('attainment');
    expect(f.base).toBe('same_period');
  });

  it('"So với thời điểm cùng kỳ, … chỉ bằng 15,3%" too', () => {
    const text = 'Thu hút đầu tư\n\nToàn tỉnh có 11 dự án FDI được cấp mới. So với thời điểm cùng kỳ, số dự án tương đương nhưng số vốn đăng ký chỉ bằng 18,4%.';
    const f = figureAt(text, '18,4%', OPTS);
    expect(f.kind).toBe('attainment');
    expect(f.base).toBe('same_period');
  });
});

describe('a share with no base before it', () => {
  it('stays a level', () => {
    const text = 'Thu hút đầu tư\n\nVốn đăng ký của các dự án trong khu công nghiệp bằng 64% tổng vốn của tỉnh.';
    expect(figureAt(text, '64%', OPTS).kind).toBe('level');
  });
});
