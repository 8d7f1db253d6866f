// A bar that brings a sanction on those under it, read at a day ("Chủ đầu tư nào có tỷ lệ giải ngân dưới 50% đến ngày
// 30/11 sẽ bị điều chuyển vốn") is a rule's threshold, as without the day; a result read at a day is still a figure.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

const opts = { published: '2025-10-06' };

describe('a sanctioned bar read at a day', () => {
  it('is no figure', () => {
    expectNoFigureAt('Chủ đầu tư nào có tỷ lệ giải ngân dưới 50% đến ngày 30/11 sẽ bị điều chuyển vốn.', '50%', opts);
  });

  it('leaves a share reached by a day a figure', () => {
    const text = 'Tỉnh giải ngân đạt 52,4% đến ngày 30/9, cao hơn bình quân cả nước.';
    expect(figureAt(text, '52,4%', opts).value).toBe(52.4);
  });
});
