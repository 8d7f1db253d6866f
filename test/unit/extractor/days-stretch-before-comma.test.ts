// "Trong 4 ngày từ 22 đến 25/1, rét đậm, rét hại đã làm chết 347 con trâu, bò": a stretch of days whose first day is a
// bare number, closed by a comma as a bracket closes "(từ ngày 12 đến 18/12)", dates its tally by the month it lies in.
// Found by holdout82/006 (a cold snap's daily tally).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a stretch of days with a bare first day, before a comma', () => {
  it('dates the tally by its month', () => {
    const text = 'Rét hại làm chết gia súc\n\nTrong 4 ngày từ 22 đến 25/1, rét đậm, rét hại đã làm chết 347 con trâu, bò trên địa bàn tỉnh.';
    expect(figureAt(text, '347', { published: '2024-01-25' }).period).toBe('2024-M01');
  });
  it('"Từ ngày 13 đến 15/10," over a flood tally too', () => {
    const text = 'Mưa lũ gây thiệt hại\n\nTừ ngày 13 đến 15/10, mưa lũ đã làm 1.245 ha lúa bị ngập.';
    expect(figureAt(text, '1.245 ha', { published: '2022-10-16' }).period).toBe('2022-M10');
  });
  it('a range of amounts before a comma is no stretch', () => {
    const text = 'Năm 2023, giá lúa dao động từ 6.800 đến 7.200 đồng/kg, tăng 500 đồng/kg so với năm 2022.';
    expect(figureAt(text, '500 đồng/kg', { published: '2024-01-05' }).period).toBe('2023');
  });
});
