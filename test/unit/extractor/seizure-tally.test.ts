// Police month briefs sum what every case seized: "bắt giữ 19 vụ, 27 đối tượng, thu giữ 46,5 gam heroin và 820 viên ma
// túy tổng hợp". After a tally of cases the pills are a figure; pills found on one person are that incident's.
import { describe, expect, it } from 'vitest';
import { figureAt, figuresIn } from './helpers.ts';

const OPTS = { published: '2024-04-04' };
const HEAD = 'Tình hình an ninh trật tự tháng 3\n\n';

describe('pills seized over a month\'s tally of cases', () => {
  it('"bắt giữ 19 vụ, 27 đối tượng, thu giữ … 820 viên" counts the pills', () => {
    const text = `${HEAD}Về ma túy, Công an toàn tỉnh bắt giữ 19 vụ, 27 đối tượng, thu giữ 46,5 gam heroin và 820 viên ma túy tổng hợp.`;
    expect(figureAt(text, '820 viên', OPTS).value).toBe(820);
  });

  it('pills found on one man with no tally before them are no figure', () => {
    const text = `${HEAD}Kiểm tra hành chính, tổ công tác phát hiện Nguyễn Văn A. cất giấu 30 viên ma túy tổng hợp trong người.`;
    expect(figuresIn(text, OPTS).some((f) => f.text.includes('viên'))).toBe(false);
  });
});
