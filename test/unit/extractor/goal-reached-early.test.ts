// "hoàn thành sớm mục tiêu …" is a goal reached ahead of time: like "hoàn thành mục tiêu", it makes no target of the
// figures in the clauses after it. A goal still to reach does.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const LEAD = 'Sáng 5/12, HĐND tỉnh khai mạc kỳ họp thường lệ cuối năm 2025.\n\n';

describe('a goal reached early', () => {
  it('leaves the figures after it actual', () => {
    const text = `${LEAD}Tỉnh hoàn thành sớm mục tiêu xóa nhà tạm, nhà dột nát; tỷ lệ hộ nghèo giảm còn 1,12%, tỷ lệ hộ cận nghèo còn 2,35%.`;
    expect(figureAt(text, '1,12%').modality).toBe('actual');
    expect(figureAt(text, '2,35%').modality).toBe('actual');
  });

  it('a goal set still makes a target', () => {
    const text = `${LEAD}Năm 2026, tỉnh đặt mục tiêu xóa nhà tạm, nhà dột nát; tỷ lệ hộ nghèo giảm còn 0,9%.`;
    expect(figureAt(text, '0,9%').modality).toBe('target');
  });
});
