// Police briefs single out one case after the month's tally: "Đáng chú ý, Phòng Cảnh sát hình sự triệt phá một đường dây
// cá độ … với số tiền giao dịch khoảng 3,2 tỷ đồng, bắt giữ 6 đối tượng". Its sums and arrests are that case's story;
// a tally of busts written with digits is the month's.
import { describe, expect, it } from 'vitest';
import { figureAt, figuresIn } from './helpers.ts';

const OPTS = { published: '2024-04-04' };
const HEAD = 'An ninh trật tự tháng 3\n\n';

describe('one bust told', () => {
  it('"triệt phá một đường dây …" keeps its money and arrests out', () => {
    const text = `${HEAD}Đáng chú ý, Phòng Cảnh sát hình sự triệt phá một đường dây cá độ bóng đá qua mạng với số tiền giao dịch khoảng 3,2 tỷ đồng, bắt giữ 6 đối tượng.`;
    expect(figuresIn(text, OPTS).map((f) => f.text)).toEqual([]);
  });

  it('a month\'s tally of busts still counts its arrests', () => {
    const text = `${HEAD}Trong tháng, lực lượng chức năng triệt phá 2 đường dây cá độ bóng đá, bắt giữ 16 đối tượng.`;
    expect(figureAt(text, '16 đối tượng', OPTS).value).toBe(16);
  });
});
