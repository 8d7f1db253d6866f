// "sản lượng đánh bắt thủy sản quý I đạt 3.150 tấn, tăng 4,6% so với cùng kỳ" (a coastal ward's quarterly report): the
// catch named "đánh bắt", as "khai thác" names it, is the fishery output, its change too. A catch counted in boats or
// trips is no output.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2026-04-03' };

describe('"sản lượng đánh bắt thủy sản"', () => {
  it('is the fishery output, and so is its change', () => {
    const text = 'Kinh tế quý I\n\nQuý I/2026, sản lượng đánh bắt hải sản của xã đạt 2.840 tấn, tăng 5,2% so với cùng kỳ.';
    expect(figureAt(text, '2.840 tấn', OPTS).indicator).toBe('aquaculture_output');
    expect(figureAt(text, '5,2%', OPTS).indicator).toBe('aquaculture_output');
  });
});

describe('boats that go out to fish', () => {
  it('are no fishery output', () => {
    const text = 'Kinh tế quý I\n\nQuý I/2026, xã có 126 tàu cá ra khơi đánh bắt hải sản.';
    expect(figureAt(text, '126', OPTS).indicator).toBeUndefined();
  });
});
