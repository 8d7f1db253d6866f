// "…, tuy nhiên ngày 14/8, một vụ ngộ độc tại bếp ăn tập thể … đã làm 23 công nhân phải nhập viện": the toll of one
// incident named inside a sentence is news, not a statistic; the toll of many incidents ("71 vụ tai nạn giao thông,
// làm 46 người chết") is a figure.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('the toll of one incident named inside the sentence', () => {
  it('"một vụ ngộ độc … đã làm 23 công nhân" is one event', () => {
    expectNoFigureAt('Công tác an toàn thực phẩm được tăng cường, tuy nhiên ngày 14/8, một vụ ngộ độc tại bếp ăn tập thể của một công ty may đã làm 23 công nhân phải nhập viện.', '23');
  });

  it('"71 vụ tai nạn giao thông, làm 46 người chết" is a tally', () => {
    const f = figureAt('Về trật tự an toàn giao thông, toàn tỉnh xảy ra 71 vụ tai nạn giao thông, làm 46 người chết, 39 người bị thương.', '46');
    expect(f.value).toBe(46);
  });
});
