// A verdict on a count of targets may name the plan between itself and the count: "đã hoàn thành vượt mức kế hoạch
// 10/25 chỉ tiêu", "vượt kế hoạch 6 chỉ tiêu", "hoàn thành kế hoạch 8/15 chỉ tiêu". The count is a result with that
// status, not a target nor a change against the plan.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2025-12-23' };

describe('a verdict that names the plan before the count of targets', () => {
  it('"hoàn thành vượt mức kế hoạch 10/25 chỉ tiêu" exceeded, and is no target', () => {
    const text = 'Năm 2025, trong tổng số 25 chỉ tiêu, xã đã hoàn thành vượt mức kế hoạch 10/25 chỉ tiêu; có 13 chỉ tiêu hoàn thành kế hoạch.';
    expect(figureAt(text, '10/25 chỉ tiêu', OPTS)).toMatchObject({ kind: 'ratio', modality: 'actual', status: 'exceeded' });
    expect(figureAt(text, '13 chỉ tiêu', OPTS)).toMatchObject({ status: 'achieved' });
  });

  it('"vượt kế hoạch 6 chỉ tiêu" counts the targets exceeded', () => {
    const f = figureAt('Năm 2025, huyện vượt kế hoạch 6 chỉ tiêu, đạt 9 chỉ tiêu.', '6 chỉ tiêu', OPTS);
    expect(f).toMatchObject({ kind: 'level', status: 'exceeded' });
    expect(f.direction).toBeUndefined();
  });

  it('"hoàn thành kế hoạch 8/15 chỉ tiêu" achieved', () => {
    expect(figureAt('Năm 2025, huyện hoàn thành kế hoạch 8/15 chỉ tiêu.', '8/15 chỉ tiêu', OPTS)).toMatchObject({ kind: 'ratio', status: 'achieved', modality: 'actual' });
  });

  it('"vượt 2 chỉ tiêu so với kế hoạch" is still beyond the plan by two', () => {
    expect(figureAt('Năm 2025, huyện đạt 18 chỉ tiêu, vượt 2 chỉ tiêu so với kế hoạch.', '2 chỉ tiêu', OPTS)).toMatchObject({ kind: 'change', base: 'target' });
  });
});
