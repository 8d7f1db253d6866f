// "320 ha lúa bị ảnh hưởng, thiệt hại từ 30 - 70%", "hỗ trợ 1 triệu đồng/ha đối với diện tích thiệt hại từ 30 - 70%": a
// range of loss after an area names the class of the area counted (or granted), not a result; neither end is a figure.
import { describe, expect, it } from 'vitest';
import { figureAt, figuresIn } from './helpers.ts';

const OPTS = { published: '2024-04-04' };

describe('a range of loss naming the class of an area', () => {
  it('after the area and what befell it', () => {
    const text = 'Hạn mặn\n\nToàn huyện có 860 ha lúa Hè Thu sớm bị ảnh hưởng, thiệt hại từ 30 - 70%.';
    expect(figuresIn(text, OPTS).map((f) => f.text)).toEqual(['860 ha']);
  });

  it('after "diện tích" in a grant', () => {
    const text = 'Hỗ trợ nông dân\n\nTỉnh hỗ trợ 1,2 triệu đồng/ha đối với diện tích thiệt hại từ 30 - 70%.';
    expect(figuresIn(text, OPTS).map((f) => f.text)).toEqual(['1,2 triệu đồng/ha']);
  });

  it('a loss measured as a share of the crop is still a figure', () => {
    const text = 'Hạn mặn\n\nNăng suất lúa Hè Thu giảm từ 10 - 15% so với vụ trước.';
    expect(figureAt(text, '10 - 15%', OPTS).kind).toBe('change');
  });
});
