// An organisation's members and branches counted at a cut-off ("Đến ngày 31/12/2024, Đảng bộ huyện có 86 tổ chức cơ sở
// đảng với 6.420 đảng viên") stand at that date's month; the members it admitted by that date ("đã kết nạp 214 đảng
// viên") are summed over the months to it.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('members held at a cut-off', () => {
  it('stands the members and branches an organisation has at the date', () => {
    const text = 'Chiều 8/1, Huyện ủy tổng kết công tác xây dựng Đảng năm 2024.\n\nĐến ngày 31/12/2024, Đảng bộ huyện có 86 tổ chức cơ sở đảng với 6.420 đảng viên; Hội Nông dân có 12.300 hội viên.';
    const opts = { published: '2025-01-09' };
    expect(figureAt(text, '86', opts).period).toBe('2024-M12');
    expect(figureAt(text, '6.420', opts).period).toBe('2024-M12');
    expect(figureAt(text, '12.300', opts).period).toBe('2024-M12');
  });

  it('sums the members admitted to the date over the months', () => {
    const text = 'Chiều 5/10, Huyện ủy sơ kết công tác xây dựng Đảng.\n\nTính đến ngày 30/9/2024, Đảng bộ huyện đã kết nạp 214 đảng viên, đạt 85,6% kế hoạch.';
    expect(figureAt(text, '214', { published: '2024-10-06' }).period).toBe('2024-9M');
  });
});
