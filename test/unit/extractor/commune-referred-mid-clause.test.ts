// "thu nhập bình quân đầu người của xã đạt gần 40 triệu đồng/năm" in a page about one commune of a district: "của xã",
// "toàn xã", "trên địa bàn xã" refer to the commune spoken of, not to the district the lead named first; "toàn xã hội"
// is the whole society.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2018-02-25' };
const LEAD = 'Nông thôn mới\n\nUBND huyện Cái Bè tổ chức lễ công bố xã Hậu Mỹ Bắc A đạt chuẩn nông thôn mới.\n\n';

describe('the commune referred to mid-clause', () => {
  it('"của xã"', () => {
    const text = `${LEAD}Đời sống người dân được nâng lên, thu nhập bình quân đầu người của xã đạt 42 triệu đồng/năm.`;
    expect(figureAt(text, '42 triệu', OPTS).locality).toBe('xã Hậu Mỹ Bắc A');
  });

  it('"toàn xã" after the indicator', () => {
    const text = `${LEAD}Tỷ lệ hộ nghèo toàn xã giảm còn 1,8%.`;
    expect(figureAt(text, '1,8%', OPTS).locality).toBe('xã Hậu Mỹ Bắc A');
  });

  it('"toàn xã hội" is no commune', () => {
    const text = `${LEAD}Vốn đầu tư toàn xã hội của huyện Cái Bè đạt 3.200 tỷ đồng.`;
    expect(figureAt(text, '3.200 tỷ', OPTS).locality).toBe('huyện Cái Bè');
  });
});
