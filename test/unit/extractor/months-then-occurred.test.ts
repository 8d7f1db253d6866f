// A mid-year page sums its months bare before what happened in them: "Công an tỉnh cho biết 6 tháng xảy ra 214 vụ tai
// nạn". Those months are the report's half (or 9 months), as "6 tháng đầu năm" would be. A stretch of months after
// "sau" is a length of time, not the report's months.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const pub = { published: '2026-07-10' };
const head = 'Bế mạc kỳ họp giữa năm, phấn đấu cả năm tăng trưởng từ 8,5% trở lên\n\n';

describe('months then "xảy ra"', () => {
  it('"6 tháng xảy ra" dates the count as the first half', () => {
    const text = `${head}Giám đốc Công an tỉnh cho biết 6 tháng xảy ra 214 vụ tai nạn giao thông, làm chết 131 người.`;
    expect(figureAt(text, '214 vụ', pub).period).toBe('2026-H1');
  });
  it('"9 tháng xảy ra" dates it as nine months', () => {
    const text = `${head}Giám đốc Công an tỉnh cho biết 9 tháng xảy ra 318 vụ tai nạn giao thông.`;
    expect(figureAt(text, '318 vụ', { published: '2026-10-10' }).period).toBe('2026-9M');
  });
});

describe('a length of time', () => {
  it('"sau 6 tháng xảy ra" is no report\'s half', () => {
    const text = `${head}Giám đốc Công an tỉnh cho biết sau 6 tháng xảy ra 214 vụ tai nạn giao thông trên tuyến mới.`;
    expect(figureAt(text, '214 vụ', pub).period).toBe('2026');
  });
});
