// The value of one gift is a detail, whether "mỗi suất 500.000 đồng" or "được tặng một suất quà 500.000 đồng"; the
// total of all the gifts is a figure.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

const opts = { published: '2024-01-25' };

describe('one gift counted with "một"', () => {
  it('leaves its value out', () => {
    expectNoFigureAt('Từ ngân sách huyện, mỗi hộ nghèo được tặng một suất quà 400.000 đồng.', '400.000 đồng', opts);
    expectNoFigureAt('Mỗi em nhận một phần quà trị giá 300.000 đồng.', '300.000 đồng', opts);
  });

  it('keeps the total value of the gifts', () => {
    const text = 'Huyện trao 1.250 suất quà cho hộ nghèo, tổng trị giá 625 triệu đồng.';
    expect(figureAt(text, '625 triệu đồng', opts).value).toBe(625000000);
  });
});
