// A table flattened one cell per line under a colon heading ("Tai nạn giao thông tháng 10/2026 (tăng, giảm so với cùng
// kỳ):", then "Số vụ" / "38 vụ (giảm 5 vụ)") is the heading's list: its period and base govern the value lines. A
// paragraph of prose after a colon heading is not made an item.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a table flattened one cell per line', () => {
  const text = 'Tháng 10/2026, kinh tế tỉnh ổn định.\n\nTai nạn giao thông tháng 10/2026 (tăng, giảm so với cùng kỳ):\nSố vụ\n' +
    '38 vụ (giảm 5 vụ)\nSố người chết\n21 người (tăng 2 người)\n';

  it('the value lines take the heading\'s base and month', () => {
    const fall = figureAt(text, '5 vụ');
    expect([fall.kind, fall.direction, fall.base, fall.period]).toEqual(['change', 'down', 'same_period', '2026-M10']);
    expect(figureAt(text, '2 người').base).toBe('same_period');
    expect(figureAt(text, '38 vụ').indicator).toBe('traffic_accidents');
  });

  it('a sentence under a colon heading is not a cell', () => {
    const prose = 'Kết quả năm 2025 (tăng, giảm so với cùng kỳ):\nTrong năm, toàn tỉnh xảy ra 38 vụ tai nạn, giảm 5 vụ.';
    expect(figureAt(prose, '5 vụ').base).toBeUndefined();
  });
});
