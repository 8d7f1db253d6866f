// "Tai nạn giao thông xảy ra 21 vụ (-4 vụ), làm chết 17 người (-1 người), bị thương 8 người (+2 người) so với năm 2023":
// a signed change in brackets after each count of a toll, the base written once at the end, measures each against it.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-12-18', locality: 'huyện Gò Dầu' };

describe('signed brackets after the counts of a toll', () => {
  it('share the base written after the last', () => {
    const text = 'Năm 2024, tai nạn giao thông xảy ra 21 vụ (-4 vụ), làm chết 17 người (-1 người), bị thương 8 người (+2 người) so với năm 2023.';
    const first = figureAt(text, '4 vụ', opts);
    expect([first.kind, first.direction, first.base]).toEqual(['change', 'down', '2023']);
    expect(figureAt(text, '1 người', opts).base).toBe('2023');
    expect(figureAt(text, '2 người', opts).direction).toBe('up');
  });

  it('do not take a base from another sentence', () => {
    const text = 'Năm 2024, tai nạn giao thông xảy ra 21 vụ (-4 vụ), làm chết 17 người (-1 người). Số vụ cháy giảm 3 vụ so với năm 2023.';
    expect(figureAt(text, '1 người', opts).base).toBeUndefined();
  });
});
