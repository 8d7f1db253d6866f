// "trong số 22 chỉ tiêu mà Nghị quyết HĐND thị xã đề ra trong năm 2024, có 20 chỉ tiêu đạt và vượt kế hoạch": "trong số"
// is "among", so the 22 is the count of targets set, not target number 22 (as "trong tổng số 22 chỉ tiêu" already was).
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extractor/index.ts';

const texts = (body: string) =>
  extract(`Kỳ họp cuối năm\n\nNăm 2024, thị xã An Khê đạt nhiều kết quả.\n\n${body}`, { published: '2024-12-22' }).figures.map((f) => f.text);

describe('"trong số" before a count', () => {
  it('is "among so many": the count is a figure', () => {
    expect(texts('Theo đó, trong số 22 chỉ tiêu mà Nghị quyết HĐND thị xã đề ra trong năm 2024, có 20 chỉ tiêu đạt và vượt kế hoạch.'))
      .toEqual(['22 chỉ tiêu', '20 chỉ tiêu']);
    expect(texts('Trong số 15 xã, có 12 xã đạt chuẩn nông thôn mới.')).toEqual(['15 xã', '12 xã']);
  });

  it('leaves a numbered document alone', () => {
    expect(texts('Theo Nghị quyết số 22, có 20 chỉ tiêu đạt và vượt kế hoạch.')).toEqual(['20 chỉ tiêu']);
  });
});
