// A round threshold ("vượt mốc", "cán mốc", "ngưỡng") that a figure just given has passed restates that figure: it is no
// figure of its own. A milestone that is the only statement of the result stays a figure.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('a milestone after the figure that passed it', () => {
  it('"đạt 12.400 tỷ đồng, lần đầu vượt mốc 10.000 tỷ đồng": the milestone is no figure, the sum is', () => {
    const text = 'Năm 2023, thu ngân sách trên địa bàn huyện đạt 12.400 tỷ đồng, lần đầu tiên vượt mốc 10.000 tỷ đồng.';
    expectNoFigureAt(text, '10.000 tỷ đồng');
    expect(figureAt(text, '12.400 tỷ đồng').value).toBe(12400e9);
  });

  it('a milestone in the sentence after the figure ("Đây là lần đầu … cán mốc") is no figure either', () => {
    const text = 'Lượng khách đến tỉnh năm 2024 đạt 5,3 triệu lượt khách. Đây là năm đầu tiên ngành du lịch cán mốc 5 triệu lượt khách.';
    expectNoFigureAt(text, '5 triệu lượt khách');
  });

  it('a threshold "vượt ngưỡng" below a figure of the same unit is no figure', () => {
    expectNoFigureAt('Kim ngạch xuất khẩu cả năm ước đạt 2,35 tỷ USD, vượt ngưỡng 2 tỷ USD.', '2 tỷ USD');
  });

  it('a milestone that is the only statement of the result stays a figure', () => {
    const f = figureAt('Năm 2023, quy mô kinh tế của tỉnh vượt mốc 150 nghìn tỷ đồng.', '150 nghìn tỷ đồng');
    expect(f.value).toBe(150e12);
  });

  it('a threshold aimed at after a higher figure of another place stays a target (aimed-threshold)', () => {
    const text = 'Năm 2026, Hải Phòng đặt mục tiêu tăng trưởng GRDP 13 - 13,5%. Các địa phương như Hà Nội, TP Hồ Chí Minh đồng loạt phấn đấu đạt ngưỡng 10%.';
    const f = figureAt(text, '10%', { published: '2026-01-15' });
    expect(f.modality).toBe('target');
  });

  it('a milestone above the figure before it (a goal not yet reached) stays a figure', () => {
    const text = 'Năm 2024, tổng thu du lịch đạt 8.200 tỷ đồng; tỉnh phấn đấu năm 2025 cán mốc 10.000 tỷ đồng.';
    expect(figureAt(text, '10.000 tỷ đồng').value).toBe(10000e9);
  });
});
