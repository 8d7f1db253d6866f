// "Trong Tháng Công nhân năm 2024, …", "Trong Tháng hành động, …" on a page about the children's month: a month of
// action named for its cause falls in the same calendar month each year (May, June), so what it opens is that month's.
// Naming the month without "trong" ("phát động Tháng hành động vì trẻ em năm 2022") dates nothing by it, and a bare
// "Tháng hành động" on a page about another cause is no known month.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a month of action opening its sentence', () => {
  it('dates the sentence by its calendar month', () => {
    const workers = 'Trong Tháng Công nhân năm 2024, Liên đoàn Lao động tỉnh trao 1.200 suất quà cho công nhân khó khăn.';
    expect(figureAt(workers, '1.200', { published: '2024-05-28' }).period).toBe('2024-M05');
    const children = 'Tỉnh phát động Tháng hành động vì trẻ em năm 2023.\n\nTrong Tháng hành động, các cấp trao 850 suất quà cho trẻ em nghèo.';
    expect(figureAt(children, '850', { published: '2023-06-02' }).period).toBe('2023-M06');
  });

  it('dates nothing when only named, or when its month is unknown', () => {
    const named = 'Năm 2023, tỉnh phát động Tháng hành động vì trẻ em với 850 suất quà cho trẻ em nghèo.';
    expect(figureAt(named, '850', { published: '2023-06-02' }).period).toBe('2023');
    const food = 'Tỉnh phát động Tháng hành động vì an toàn thực phẩm năm 2023.\n\nTrong Tháng hành động, các đoàn kiểm tra 420 cơ sở.';
    expect(figureAt(food, '420', { published: '2023-04-20' }).period).toBe('2023');
  });
});
