// "Một số chỉ tiêu cụ thể đến cuối năm 2026:" on a page of July 2026: a list heading that looks to the end of the year
// still running lists what the year is to reach, so its items are targets. Not in December, when such a list may sum
// the year up, and not under a heading that reports results.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const list = 'Phấn đấu hoàn thành kế hoạch năm. Các chỉ tiêu chính đến cuối năm 2026:\n- Thu ngân sách trên địa bàn: 4.200 tỷ đồng trở lên;\n- Kim ngạch xuất khẩu: 980 triệu USD.\n';

describe('a list heading looking to the end of the running year', () => {
  it('lists targets on a mid-year page', () => {
    expect(figureAt(list, '4.200 tỷ đồng', { published: '2026-07-20' }).modality).toBe('target');
    expect(figureAt(list, '980 triệu USD', { published: '2026-07-20' }).modality).toBe('target');
  });

  it('does not in December, nor under a heading that reports', () => {
    expect(figureAt(list, '980 triệu USD', { published: '2026-12-22' }).modality).toBe('actual');
    const report = 'Kết quả thực hiện một số chỉ tiêu đến hết năm 2025:\n- Thu ngân sách trên địa bàn: 4.200 tỷ đồng;\n- Kim ngạch xuất khẩu: 980 triệu USD.\n';
    expect(figureAt(report, '980 triệu USD', { published: '2025-12-30' }).modality).toBe('actual');
  });
});
