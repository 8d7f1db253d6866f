// A table whose rows are industrial parks or clusters ("KCN | Đã cho thuê (ha) | Tỷ lệ lấp đầy (%)") is read cell by
// cell as a table of places is; a park named after a place owns nothing, and the rows stand at the month the caption
// counts to ("Tính đến ngày 30/9/2025, …:").
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2025-10-15' };

describe('a table of industrial parks', () => {
  const text = 'Các KCN Long An thu hút thêm vốn\n\n(LA) - 9 tháng năm 2025, các KCN trên địa bàn tỉnh Long An thu hút 48 dự án mới.\n\n' +
    'Tính đến ngày 30/9/2025, tình hình cho thuê đất tại một số KCN như sau:\n\n' +
    'KCN | Đã cho thuê (ha) | Tỷ lệ lấp đầy (%)\nĐức Hòa III | 412,6 | 81,3\nTân Đức | 268,9 | 97,2\n\nCác KCN giải quyết việc làm cho 1.200 lao động.';

  it("reads each park's leased area and occupancy", () => {
    expect(figureAt(text, '412,6', OPTS)).toMatchObject({ value: 412.6, unit: 'ha', kind: 'level' });
    expect(figureAt(text, '97,2', OPTS)).toMatchObject({ value: 97.2, unit: '%' });
  });

  it('a park named after a district owns nothing; its row stands at the caption date', () => {
    expect(figureAt(text, '412,6', OPTS)).toMatchObject({ locality: 'tỉnh Long An', period: '2025-M09' });
  });

  it('a row of a table of places still owns its place', () => {
    const places = 'Khách du lịch 9 tháng\n\n(LA) - 9 tháng năm 2025, tỉnh Long An đón 2,1 triệu lượt khách.\n\n' +
      'Địa phương | Lượt khách | So với cùng kỳ (%)\nĐức Hòa | 412.000 | +8,1\nTân Đức | 96.000 | +3,2\n';
    expect(figureAt(places, '412.000', OPTS)).toMatchObject({ locality: 'huyện Đức Hòa' });
  });
});
