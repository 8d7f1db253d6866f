// "12/12 chỉ tiêu kinh tế - xã hội của phường đạt và vượt kế hoạch": whose targets they are may stand between the count
// and its verdict, as their field does ("… trong lĩnh vực kinh tế của huyện đạt và vượt").
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extractor/index.ts';

const statuses = (sentence: string) =>
  extract(`Tổng kết năm 2025\n\nNăm 2025, phường Hòa Bình đạt nhiều kết quả quan trọng.\n\n${sentence}`, { published: '2026-01-16' })
    .figures.map((f) => [f.text, f.status ?? null]);

describe('a count of targets with their owner before the verdict', () => {
  it('keeps the verdict after "của phường", "của huyện …"', () => {
    expect(statuses('12/12 chỉ tiêu kinh tế - xã hội của phường đạt và vượt kế hoạch.')).toEqual([['12/12 chỉ tiêu', 'achieved']]);
    expect(statuses('Có 18/20 chỉ tiêu của huyện Lâm Thao vượt kế hoạch.')).toEqual([['18/20 chỉ tiêu', 'exceeded']]);
    expect(statuses('Còn 2/15 chỉ tiêu của Nghị quyết chưa đạt.')).toEqual([['2/15 chỉ tiêu', 'not_achieved']]);
  });

  it('gives no verdict to targets whose clause names none', () => {
    expect(statuses('Nghị quyết đề ra 12 chỉ tiêu của phường, trong đó có 5 chỉ tiêu về kinh tế.'))
      .toEqual([['12 chỉ tiêu', null], ['5 chỉ tiêu', null]]);
  });
});
