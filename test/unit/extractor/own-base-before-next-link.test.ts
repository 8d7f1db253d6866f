import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers';

// A change's own "so với cùng kỳ" stands; the quarter named after the next change verb of the sentence is that next
// change's base ("so với quý IV/2025"), not borrowed by the figure before it.
const at = (text: string, needle: string) => figureAt(text, needle, { published: '2026-04-08' });

describe('own-base-before-next-link', () => {
  it('keeps same_period for the first change and previous_period for the next', () => {
    const text = 'Quý I/2026, doanh thu dịch vụ lưu trú ước đạt 1.240 tỷ đồng, tăng 9,8% so với cùng kỳ, giảm 3,1% so với quý IV/2025.';
    expect(at(text, '9,8%').base).toBe('same_period');
    expect(at(text, '3,1%').base).toBe('previous_period');
  });
  it('still reads the quarter just before when it is the figure\'s own base', () => {
    const text = 'Quý I/2026, doanh thu dịch vụ lưu trú ước đạt 1.240 tỷ đồng, giảm 3,1% so với quý IV/2025, tăng 9,8% so với cùng kỳ.';
    expect(at(text, '3,1%').base).toBe('previous_period');
    expect(at(text, '9,8%').base).toBe('same_period');
  });
});
