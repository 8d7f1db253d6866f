// A council chair asks delegates to look into the targets at risk ("đề nghị các đại biểu phân tích rõ nguyên nhân 3 chỉ
// tiêu có nguy cơ không đạt"): targets missed are no aim a directive sets, so the count is a review of the year, not a
// target. A directive to complete the targets ("đề nghị các ngành hoàn thành 22/22 chỉ tiêu") still asks for them.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const pub = { published: '2025-07-11' };
const head = 'Khai mạc kỳ họp giữa năm\n\n';

describe('missed targets in a directive', () => {
  it('are reviewed, not aimed at', () => {
    const text = `${head}Chủ tịch HĐND tỉnh đề nghị các đại biểu phân tích rõ nguyên nhân 3 chỉ tiêu có nguy cơ không đạt.`;
    expect(figureAt(text, '3 chỉ tiêu', pub).modality).not.toBe('target');
  });
});

describe('targets to complete', () => {
  it('stay what the directive asks for', () => {
    const text = `${head}Chủ tịch HĐND tỉnh đề nghị các sở, ngành hoàn thành 22/22 chỉ tiêu năm 2025.`;
    expect(figureAt(text, '22/22 chỉ tiêu', pub).modality).toBe('target');
  });
});
