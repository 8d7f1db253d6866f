// "tỷ số giới tính khi sinh dưới 112 bé trai/100 bé gái": "khi sinh" is "at birth", part of the measure's name, so the
// bound after it is a target's, not the threshold of a condition ("khi độ mặn dưới 1‰").
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('"khi sinh" before a bound', () => {
  it('keeps the bound figure after the name of the measure', () => {
    const text = 'Năm 2026, tỉnh phấn đấu giảm tỷ số giới tính khi sinh dưới 111 bé trai/100 bé gái.';
    const f = figureAt(text, '111');
    expect([f.bound, f.modality, f.unit]).toEqual(['under', 'target', 'bé trai/trăm bé gái']);
  });

  it('a condition opened by "khi" still names a threshold', () => {
    const text = 'Ngành nông nghiệp hướng dẫn nông dân chỉ lấy nước khi độ mặn dưới 1‰ để tưới cho lúa đông xuân.';
    expectNoFigureAt(text, '1‰');
  });
});
