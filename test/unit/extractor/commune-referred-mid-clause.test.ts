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

  it('its organs: "Lãnh đạo phường …"', () => {
    const text = '3 phường trung tâm TPHCM vượt thu\n\nNăm 2025, phường Bàn Cờ thu ngân sách 1.332,5 tỷ đồng.\n\nLãnh đạo phường trực tiếp xuống địa bàn, hỗ trợ hơn 4.600 hộ kinh doanh.';
    expect(figureAt(text, '4.600', { published: '2026-01-08' }).locality).toBe('phường Bàn Cờ');
  });
});
