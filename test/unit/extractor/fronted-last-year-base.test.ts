// "…; so với năm trước giảm 3 vụ, giảm 2 người chết": the year before, put in front of a row of changes, is their
// base, as "so với năm 2023" put there is. Without "so với" the year names no base.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'Huyện tổng kết năm 2024\n\n';

describe('a fronted "so với năm trước"', () => {
  it('measures each change of the row after it', () => {
    const text = `${HEAD}Tai nạn giao thông xảy ra 18 vụ, làm chết 15 người; so với năm trước giảm 3 vụ, giảm 2 người chết.`;
    expect(figureAt(text, '3 vụ').base).toBe('2023');
    expect(figureAt(text, '2 người').base).toBe('2023');
  });

  it('without "so với" the year before gives no base', () => {
    const text = `${HEAD}Tai nạn giao thông xảy ra 18 vụ, làm chết 15 người; riêng năm trước giảm 3 vụ.`;
    expect(figureAt(text, '3 vụ').base).toBeUndefined();
  });
});
