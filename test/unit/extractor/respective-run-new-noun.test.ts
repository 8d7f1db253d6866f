// "xã Nhơn Lộc và xã Nhơn Tân lần lượt đạt chuẩn nâng cao với 19/19 và 18/19 tiêu chí; 5/5 phường đạt chuẩn đô thị văn
// minh": a "lần lượt" list set off by semicolons runs on only while its items count the same thing; a figure after ";"
// with a noun of its own opens a new clause, which the communes of the list do not own.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-12-20', locality: 'thị xã An Nhơn' };

describe('a "lần lượt" list past a semicolon', () => {
  it('stops at a figure counting something else', () => {
    const text = 'Đến nay, xã Nhơn Lộc và xã Nhơn Tân lần lượt đạt chuẩn nâng cao với 19/19 và 18/19 tiêu chí; 5/5 phường đạt chuẩn đô thị văn minh.';
    expect(figureAt(text, '18/19', opts).locality).toBe('xã Nhơn Tân');
    expect(figureAt(text, '5/5 phường', opts).locality).toBe('thị xã An Nhơn');
  });

  it('runs on over items of one unit', () => {
    const text = 'Năm 2024, tỷ lệ hộ nghèo của xã Nhơn Lộc, xã Nhơn Tân và xã Nhơn Phong lần lượt là 1,12%; 1,35% và 0,98%.';
    expect(figureAt(text, '1,35%', opts).locality).toBe('xã Nhơn Tân');
    expect(figureAt(text, '0,98%', opts).locality).toBe('xã Nhơn Phong');
  });
});
