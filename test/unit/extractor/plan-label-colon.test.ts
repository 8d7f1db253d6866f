// A plan written as a label with its colon ("(Kế hoạch: 7%)", "(KH: 5.200 tỷ đồng)", a panel line "Mục tiêu: 1,35 tỷ USD")
// is a target; the result beside it stays a result, and a colon after a word that is no plan noun says nothing.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a plan label with its colon', () => {
  it('a bracket "(Kế hoạch: 7%)" and "(KH: …)" hold the plan', () => {
    const text = 'Năm 2023, tăng trưởng GRDP của tỉnh đạt 7,35% (kế hoạch: 7%), thu ngân sách đạt 6.028 tỷ đồng (KH: 5.200 tỷ đồng).';
    expect(figureAt(text, '7%').modality).toBe('target');
    expect(figureAt(text, '5.200 tỷ đồng').modality).toBe('target');
    expect(figureAt(text, '7,35%').modality).toBe('actual');
    expect(figureAt(text, '6.028 tỷ đồng').modality).toBe('actual');
  });

  it('an infographic line under a panel holds the plan', () => {
    const text = 'KINH TẾ TỈNH NĂM 2023\n\nXUẤT KHẨU\n1,42 tỷ USD\nMục tiêu: 1,35 tỷ USD\n';
    expect(figureAt(text, '1,35 tỷ USD').modality).toBe('target');
    expect(figureAt(text, '1,42 tỷ USD').modality).toBe('actual');
  });

  it('a label that names no plan gives no target', () => {
    const text = 'KINH TẾ TỈNH NĂM 2023\n\nXUẤT KHẨU\n1,42 tỷ USD\nNhập khẩu: 1,05 tỷ USD\n';
    expect(figureAt(text, '1,05 tỷ USD').modality).toBe('actual');
  });
});
