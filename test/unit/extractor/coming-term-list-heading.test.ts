// "Các chỉ tiêu chủ yếu nhiệm kỳ 2025 - 2030:" over "- …" lines on a congress page of 2025: a list heading that names the
// targets of a term opening in the page's year lists what that term is to reach, so items with no aim of their own
// ("- 100% trạm y tế có bác sĩ.") are its targets, of that term. A heading over a term already run reviews it.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const list = (term: string) => `Đại hội đã bầu Ban Chấp hành khóa mới. Các chỉ tiêu chủ yếu nhiệm kỳ ${term}:\n- Tỷ lệ trạm y tế có bác sĩ đạt 100%.\n- Có 15/20 xã đạt chuẩn nông thôn mới nâng cao.\n`;

describe('a list heading naming the targets of a term opening in the page\'s year', () => {
  it('lists that term\'s targets', () => {
    const share = figureAt(list('2025 - 2030'), '100%', { published: '2025-09-10' });
    expect(share.modality).toBe('target');
    expect(share.period).toBe('2025/2030');
    const communes = figureAt(list('2025 - 2030'), '15/20', { published: '2025-09-10' });
    expect(communes.modality).toBe('target');
    expect(communes.period).toBe('2025/2030');
  });

  it('does not over a term already run, nor a heading that reports results', () => {
    expect(figureAt(list('2020 - 2025'), '15/20', { published: '2025-09-10' }).modality).toBe('actual');
    const report = 'Kết quả thực hiện các chỉ tiêu chủ yếu nhiệm kỳ 2025 - 2030:\n- Có 15/20 xã đạt chuẩn nông thôn mới nâng cao.\n';
    expect(figureAt(report, '15/20', { published: '2025-09-10' }).modality).not.toBe('target');
  });
});
