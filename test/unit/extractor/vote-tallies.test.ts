// The tally of one vote ("được 52/53 đại biểu có mặt tán thành, chiếm 98,1%", "tái đắc cử với 100% số phiếu") is one
// event's, not a figure; a plan the vote passed ("biểu quyết thông qua … mục tiêu tăng trưởng GRDP đạt 8%") keeps its
// figures, and a turnout is left alone.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('the tally of a vote', () => {
  it('"100% đại biểu có mặt tán thành" is no figure', () => {
    expectNoFigureAt('Các nghị quyết được thông qua với 100% đại biểu có mặt tán thành.', '100%');
  });

  it('nor is the share after the count ("…, chiếm 98,1%")', () => {
    const text = 'Nghị quyết được 52/53 đại biểu có mặt tán thành, chiếm 98,1%.';
    expectNoFigureAt(text, '98,1%');
    expectNoFigureAt(text, '52/53');
  });

  it('nor "tái đắc cử … với 100% số phiếu"', () => {
    expectNoFigureAt('Đồng chí Nguyễn Văn A tái đắc cử Bí thư Tỉnh ủy với 100% số phiếu.', '100%');
  });

  it('a plan passed by the vote keeps its figures', () => {
    const f = figureAt('HĐND tỉnh biểu quyết thông qua Nghị quyết với mục tiêu tăng trưởng GRDP năm 2025 đạt 8%.', '8%');
    expect(f.value).toBe(8);
  });
});
