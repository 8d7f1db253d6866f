// "Cả năm 2026, tỉnh phấn đấu giải ngân vốn đầu tư công trên 95% kế hoạch và hoàn thành 22/22 chỉ tiêu": the aim
// governs the verbs its clause joins with "và", so the count of targets is aimed at, not reached (no status). A clause
// after a semicolon, or a sentence with no aim, still states its verdict.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const pub = { published: '2026-07-10' };

describe('an aim that joins its verbs with "và"', () => {
  it('leaves the count of targets after the last verb without a status', () => {
    const text = 'Cả năm 2026, tỉnh phấn đấu giải ngân vốn đầu tư công trên 95% kế hoạch và hoàn thành 22/22 chỉ tiêu Nghị quyết.';
    expect(figureAt(text, '22/22', pub).status).toBeUndefined();
  });
});

describe('verdicts no aim governs', () => {
  it('a result joined with "và" keeps its status', () => {
    const text = 'Năm 2025, tỉnh giải ngân vốn đầu tư công đạt 95,2% kế hoạch và hoàn thành 20/22 chỉ tiêu Nghị quyết.';
    expect(figureAt(text, '20/22', { published: '2025-12-10' }).status).toBe('achieved');
  });
  it('a clause after a semicolon states its own verdict', () => {
    const text = 'Đầu năm 2025, tỉnh phấn đấu tăng trưởng 8%; kết thúc năm, tốc độ tăng trưởng đạt 7,6% và hoàn thành 20/22 chỉ tiêu Nghị quyết.';
    expect(figureAt(text, '20/22', { published: '2025-12-10' }).status).toBe('achieved');
  });
});
