// Party pages count members admitted in "đồng chí" and often give the total the year reaches: "kết nạp 160 đảng viên,
// nâng tổng số đảng viên kết nạp cả năm lên 310 đồng chí". That total is new members, not the whole membership
// ("tổng số đảng viên là 5.210 đồng chí") nor people elected ("nâng tổng số đại biểu lên 40 đồng chí").
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-07-06', locality: 'huyện Tân Yên' };

describe('the total of members admitted, counted in "đồng chí", is new party members', () => {
  it('"nâng tổng số đảng viên kết nạp cả năm lên 310 đồng chí"', () => {
    const text = '6 tháng cuối năm, huyện phấn đấu kết nạp 160 đảng viên, nâng tổng số đảng viên kết nạp cả năm lên 310 đồng chí.';
    expect(figureAt(text, '310 đồng chí', opts).indicator).toBe('new_party_members');
  });
  it('"số đảng viên được kết nạp trong năm đạt 85 đồng chí"', () => {
    const text = 'Năm 2023, số đảng viên được kết nạp trong năm đạt 85 đồng chí.';
    expect(figureAt(text, '85 đồng chí', opts).indicator).toBe('new_party_members');
  });
  it('the whole membership and people elected are not', () => {
    const text = 'Toàn Đảng bộ có tổng số đảng viên là 5.210 đồng chí. Đại hội bầu bổ sung, nâng tổng số ủy viên lên 40 đồng chí.';
    expect(figureAt(text, '5.210', opts).indicator).toBeUndefined();
    expect(figureAt(text, '40 đồng chí', opts).indicator).toBeUndefined();
  });
});
