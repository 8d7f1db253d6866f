// "Vượt TP.HCM, Bắc Ninh xuất khẩu đứng đầu cả nước": the place overtaken is the yardstick of the one that passed it.
// It owns none of the figures, in the headline or in the body ("Bắc Ninh đã chính thức vượt TP.HCM, … với 76,44 tỉ USD").
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2025-11-07' };

describe('a place overtaken', () => {
  it('does not own the figures of the place that passed it', () => {
    const text = 'Vượt TP.HCM, Bắc Ninh xuất khẩu đứng đầu cả nước\n\nTính chung 10 tháng, Bắc Ninh đã chính thức vượt TP.HCM, vươn lên dẫn đầu về kim ngạch xuất khẩu, với 76,44 tỉ USD, chiếm 19,5% tổng kim ngạch xuất khẩu cả nước.';
    expect(figureAt(text, '76,44 tỉ USD', OPTS)).toMatchObject({ indicator: 'export_value', locality: 'tỉnh Bắc Ninh' });
  });

  it('the overtaken place keeps its own figures where it is the subject', () => {
    const text = 'Vượt TP.HCM, Bắc Ninh xuất khẩu đứng đầu cả nước\n\nLũy kế 10 tháng năm 2025, TP.HCM thu về 76,34 tỉ USD, xuống vị trí thứ 2.';
    expect(figureAt(text, '76,34 tỉ USD', OPTS).locality).toBe('thành phố Hồ Chí Minh');
  });
});
