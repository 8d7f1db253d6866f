// "ước đạt 7,65%, thấp hơn mục tiêu 8% đề ra; quy mô GRDP đạt khoảng 178.400 tỷ đồng": a target the result is compared
// with closes with its clause, as a target reached does; the figures of the clauses after it are results. The target's
// own value stays a target.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const TEXT = 'Kinh tế năm 2025\n\nTốc độ tăng trưởng GRDP năm 2025 ước đạt 7,65%, thấp hơn mục tiêu 8% đề ra; quy mô GRDP đạt khoảng 178.400 tỷ đồng, gấp 1,5 lần năm 2020.';

describe('a target compared with in a clause before', () => {
  it('leaves the next clause a result', () => {
    expect(figureAt(TEXT, '178.400 tỷ đồng').modality).toBe('actual');
    expect(figureAt(TEXT, '1,5 lần').modality).toBe('actual');
  });

  it("keeps the target's own value a target", () => {
    expect(figureAt(TEXT, '8%').modality).toBe('target');
  });
});
