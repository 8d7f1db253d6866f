// Power companies report outages in minutes ("Chỉ số thời gian mất điện trung bình (SAIDI) là 186 phút, giảm 24,5%",
// "SAIDI không quá 420 phút"): a figure in `phút`, with its bound and the plan's modality. A bare "phút" elsewhere is a
// clock's or a duration's ("lúc 7 giờ 30 phút", "mất 15 phút") and stays none. Found by holdout83/004 (PC Đồng Nai).
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

const opts = { published: '2025-01-15' };

describe('outage minutes', () => {
  it('reads the outage index in minutes', () => {
    const text = 'Tỉnh Bình Dương\n\nNăm 2024, thời gian mất điện bình quân của khách hàng (SAIDI) là 212 phút, giảm 18,3%. Năm 2025, công ty phấn đấu SAIDI không quá 380 phút.\n';
    const saidi = figureAt(text, '212 phút', opts);
    expect([saidi.kind, saidi.value, saidi.unit]).toEqual(['level', 212, 'phút']);
    const aim = figureAt(text, '380 phút', opts);
    expect([aim.unit, aim.bound, aim.modality]).toEqual(['phút', 'at_most', 'target']);
  });
  it('leaves clock times and durations', () => {
    const text = 'Tỉnh Bình Dương\n\nSự cố mất điện lúc 7 giờ 30 phút được khắc phục; thợ đến hiện trường sau 15 phút. Năm 2024, điện thương phẩm đạt 14,2 tỷ kWh.\n';
    expectNoFigureAt(text, '30 phút', opts);
    expectNoFigureAt(text, '15 phút', opts);
    expect(figureAt(text, '14,2 tỷ kWh', opts).unit).toBe('kWh');
  });
});
