// "Kinh tế vùng Đồng bằng sông Cửu Long năm 2025 tăng 7,9%": the economy of a named region grew, which is its GRDP's
// growth; "kinh tế vùng" alone stays regional economics, a field, as "kinh tế số" is a kind of economy.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-12-20' };

describe('the economy of a named region', () => {
  it('grows as its GRDP does', () => {
    expect(figureAt('Kinh tế vùng Đồng bằng sông Cửu Long năm 2025 tăng 7,4%, cao nhất trong 10 năm', '7,4%', opts).indicator).toBe('grdp_growth');
    expect(figureAt('Kinh tế vùng Tây Nguyên tăng 6,9%.', '6,9%', opts).indicator).toBe('grdp_growth');
  });

  it('regional economics named bare, or a kind of economy, does not', () => {
    expect(figureAt('Kinh tế vùng tăng 12% số dự án liên kết.', '12%', opts).indicator).toBeUndefined();
    expect(figureAt('Kinh tế số tăng 20%.', '20%', opts).indicator).toBeUndefined();
  });
});
