// "Đảng bộ ba phường cũ lãnh đạo thực hiện đạt và vượt 17/19 chỉ tiêu": the status belongs to the count of targets after
// it; the spelled "ba phường" names whose targets they were and is no figure. "ba xã đạt chuẩn nông thôn mới" still
// counts. Written after holdout29.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figuresIn } from './helpers.ts';

const opts = { published: '2025-08-16' };

describe('a spelled count before a status that belongs to a count of targets', () => {
  it('"Đảng bộ ba phường cũ … đạt và vượt 17/19 chỉ tiêu" holds only the count of targets', () => {
    const text = 'Nhiệm kỳ 2020 - 2025, Đảng bộ ba phường cũ lãnh đạo thực hiện đạt và vượt 17/19 chỉ tiêu.';
    expectNoFigureAt(text, 'ba phường', opts);
    expect(figuresIn(text, opts).map((f) => f.text)).toEqual(['17/19 chỉ tiêu']);
  });

  it('"ba xã đạt chuẩn nông thôn mới" is still a count of communes', () => {
    expect(figuresIn('Năm 2024, huyện có thêm ba xã đạt chuẩn nông thôn mới.', opts).map((f) => f.text)).toEqual(['ba xã']);
  });
});
