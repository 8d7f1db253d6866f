// "tăng cao nhất qua 10 năm trở lại đây (các năm đều dao động từ 8,02% đến 10,12%)": a bracket still open at the number,
// opening on words of its own, says something of its own. The verb before the bracket does not move the range inside it.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2025-10-24' };

describe('a bracket that says something of its own', () => {
  it('the past years\' range inside it is a level', () => {
    const text = 'Tốc độ tăng trưởng kinh tế (GRDP) 9 tháng của tỉnh ước tăng 11,66%, tăng cao nhất qua 10 năm trở lại đây (các năm đều dao động từ 8,02% đến 10,12%).';
    expect(figureAt(text, '11,66%', OPTS)).toMatchObject({ kind: 'change', direction: 'up' });
    const range = figureAt(text, '8,02% đến 10,12%', OPTS);
    expect(range.kind).toBe('level');
    expect(range.direction).toBeUndefined();
  });

  it('a short bracket right after the verb is still moved by it', () => {
    const text = 'Doanh thu dịch vụ tăng mạnh (bình quân mỗi năm 12%).';
    expect(figureAt(text, '12%', OPTS)).toMatchObject({ kind: 'change', direction: 'up' });
  });
});
