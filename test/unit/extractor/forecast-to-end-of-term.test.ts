// "Dự báo đến cuối nhiệm kỳ, có 20/23 chỉ tiêu đạt và vượt": what a mid-term review foresees for the end of the term
// is the running term's, not a stretch of years an earlier paragraph named ("giai đoạn 2021 - 2022"). A count with no
// word for the term keeps what it had.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'Văn Bàn sơ kết giữa nhiệm kỳ\n\nSau 2,5 năm thực hiện Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2020 - 2025, có 17/23 chỉ tiêu đạt và vượt.\n\n' +
  'Tỷ lệ hộ nghèo bình quân giai đoạn 2021 - 2022 giảm 6,18%/năm.\n\n';
const OPTS = { published: '2023-07-12' };

describe('a forecast to the end of the term', () => {
  it('counts of targets foreseen "đến cuối nhiệm kỳ" are the running term\'s', () => {
    expect(figureAt(`${HEAD}Dự báo đến cuối nhiệm kỳ, có 20/23 chỉ tiêu đạt và vượt.`, '20/23', OPTS).period).toBe('2020/2025');
  });

  it('a rate of a named stretch in the same paragraph is still that stretch\'s', () => {
    expect(figureAt(`${HEAD}Dự báo đến cuối nhiệm kỳ, tỷ lệ hộ nghèo giai đoạn 2021 - 2022 giảm 6,5%/năm.`, '6,5%', OPTS).period).toBe('2021/2022');
  });
});
