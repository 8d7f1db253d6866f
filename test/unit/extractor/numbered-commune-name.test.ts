// Communes formed in 2025 from one old name carry a single digit after it ("xã Đam Rông 2", "xã Bảo Lâm 3"): the digit
// ends the name when a bracket, a comma or a full stop follows. A number followed by a word counts something.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2026-03-05' };

describe('a commune named with a digit', () => {
  it('keeps the digit in the commune\'s name', () => {
    const text = 'Tại xã Đam Rông 3, toàn xã hiện còn 312 hộ nghèo, chiếm 7,2%.';
    expect(figureAt(text, '312', opts).locality).toBe('xã Đam Rông 3');
    const bracket = 'Ông K\'Brơi (thôn 2, xã Bảo Lâm 1) cho biết, năm 2025 toàn xã có 96 hộ thoát nghèo.';
    expect(figureAt(bracket, '96', opts).locality).toBe('xã Bảo Lâm 1');
  });

  it('leaves a count after the name out of it', () => {
    const text = 'Năm 2025, xã Tà Năng 3 hộ được hỗ trợ xây nhà, còn 215 hộ nghèo.';
    expect(figureAt(text, '215', opts).locality).toBe('xã Tà Năng');
  });
});
