// "Năm 2024 huyện được giao 257,6 tỷ đồng": a year right before a level word is no count of units ("3 huyện"), so the
// generic "huyện" still means the district being talked about. Found by probing after holdout12.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-10-20' };
const lead = 'Hậu Giang: Huyện Phụng Hiệp giải ngân vốn đầu tư công đạt 72,4%\n\n20-10-2024\n\nĐến nay, huyện Phụng Hiệp đã giải ngân 186,5 tỷ đồng vốn đầu tư công, đạt 72,4% kế hoạch, cao hơn mức bình quân của tỉnh (61,8%).\n\n';

describe('a year before a level word', () => {
  it('"năm 2024 huyện được giao" is the district', () => {
    expect(figureAt(`${lead}Theo Phó Chủ tịch UBND huyện, năm 2024 huyện được giao 257,6 tỷ đồng vốn đầu tư công.`, '257,6', opts).locality).toBe('huyện Phụng Hiệp');
  });
  it('"năm 2024 xã Mỹ An" names the commune', () => {
    expect(figureAt(`${lead}Năm 2024 xã Mỹ An có 1.250 hộ trồng lúa.`, '1.250', opts).locality).toBe('xã Mỹ An');
  });
  it('a count before the level word is still a count, not the district being talked about', () => {
    expect(figureAt(`${lead}Toàn tỉnh Hậu Giang có 3 huyện được giao thêm 257,6 tỷ đồng.`, '257,6', opts).locality).toBe('tỉnh Hậu Giang');
  });
});
