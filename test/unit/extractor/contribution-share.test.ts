// What a part "đóng góp" of a whole the lexicon names ("khu vực FDI đóng góp 62% kim ngạch xuất khẩu") is its share of
// that whole; a contribution to a whole no indicator measures ("35% vốn điều lệ của liên doanh") takes none.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2024-12-20' };

describe('a contribution in per cent of a named whole', () => {
  const text = 'Kinh tế năm 2024\n\nNăm 2024, khu vực FDI đóng góp 62% kim ngạch xuất khẩu của tỉnh; khu vực doanh nghiệp đóng góp khoảng 70% tổng thu ngân sách. Phía Việt Nam đóng góp 35% vốn điều lệ của liên doanh.';

  it('is a share of that whole', () => {
    expect(figureAt(text, '62%', OPTS)).toMatchObject({ kind: 'level', indicator: 'export_value' });
    expect(figureAt(text, '70%', OPTS)).toMatchObject({ kind: 'level', indicator: 'budget_revenue', bound: 'about' });
  });

  it('a contribution to a whole no indicator measures takes none', () => {
    const f = figureAt(text, '35%', OPTS);
    expect(f.kind).toBe('level');
    expect(f.indicator).toBeUndefined();
  });
});
