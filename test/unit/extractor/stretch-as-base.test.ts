// "gấp 1,8 lần giai đoạn 2016 - 2020", "tăng 42% so với nhiệm kỳ 2015 - 2020": an earlier stretch named right after a
// multiple or "so với" is the base (the stretch before), not the figure's period, which stays the stretch its sentence
// opened on. A stretch that is the figure's own ("… đạt 11,6 tỷ USD giai đoạn 2021 - 2025") is no base.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-12-12' };
const page = (body: string) => `Gia Lai hoàn thành kế hoạch 5 năm\n\nSáng 12/12, HĐND tỉnh xem xét báo cáo của UBND tỉnh.\n\n${body}\n`;

describe('an earlier stretch after a multiple or "so với"', () => {
  it('is the base and dates nothing', () => {
    const text = page('Tổng kim ngạch xuất khẩu giai đoạn 2021 - 2025 đạt 11,6 tỷ USD, gấp 1,8 lần giai đoạn 2016 - 2020.');
    const multiple = figureAt(text, '1,8 lần', opts);
    expect([multiple.kind, multiple.base, multiple.period]).toEqual(['change', 'previous_period', '2021/2025']);
    const change = figureAt(page('Nhiệm kỳ 2020 - 2025, toàn tỉnh kết nạp 9.860 đảng viên, tăng 12% so với nhiệm kỳ 2015 - 2020.'), '12%', opts);
    expect([change.base, change.period]).toEqual(['previous_period', '2020/2025']);
  });

  it('leaves a stretch written as the figure\'s own undisturbed', () => {
    const own = figureAt(page('Kim ngạch xuất khẩu đạt 11,6 tỷ USD giai đoạn 2021 - 2025.'), '11,6 tỷ USD', opts);
    expect([own.base, own.period]).toEqual([undefined, '2021/2025']);
  });
});
