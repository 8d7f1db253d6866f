// "Chủ tịch UBND xã Long Hòa Thạch Thị Mỹ báo cáo tại kỳ họp.": in a caption or a byline of a speech the official's
// name follows the commune's with no comma. A family name, then "Thị" or "Văn", then a given name ends the commune's
// name before them; a commune whose own name has those words in it, with nothing after, keeps them.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-12-20' };

describe("a person's name right after the commune's", () => {
  it('is not part of the commune the next paragraph speaks of', () => {
    const text = 'Xã Long Hòa tổng kết năm 2025\n\nHĐND xã Long Hòa tổ chức kỳ họp cuối năm.\n\n' +
      'Chủ tịch UBND xã Long Hòa Thạch Thị Mỹ báo cáo tại kỳ họp.\n\nToàn xã còn 52 hộ nghèo, chiếm 0,6%.';
    expect(figureAt(text, '0,6%', opts).locality).toBe('xã Long Hòa');
  });

  it('leaves a commune whose name ends in "Văn" whole', () => {
    const text = 'Tin huyện\n\nNăm 2024, xã Đông Văn có tỷ lệ hộ nghèo 2,1%.';
    expect(figureAt(text, '2,1%', opts).locality).toBe('xã Đông Văn');
  });
});
