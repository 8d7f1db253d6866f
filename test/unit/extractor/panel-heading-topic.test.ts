// Infographic panels whose lines carry a generic label ("Tổng thu:", "Sản lượng:") under a heading ("DU LỊCH",
// "THỦY SẢN") measure what heading and label name together; a line of prose above the label is no heading.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const PAGE = 'KINH TẾ - XÃ HỘI TỈNH BẠC LIÊU NĂM 2023\n\nVỐN ĐẦU TƯ TOÀN XÃ HỘI\n24.100 tỷ đồng\n\nDU LỊCH\n' +
  '3,2 triệu lượt khách\nTổng thu: 2.480 tỷ đồng\n\nLÚA\nDiện tích: 172.000 ha\n\nTHỦY SẢN\nSản lượng: 561.000 tấn\n';

describe('a panel heading over a generic label', () => {
  it('the heading completes the label: tourism revenue, fishery output', () => {
    expect(figureAt(PAGE, '2.480 tỷ đồng').indicator).toBe('tourism_revenue');
    expect(figureAt(PAGE, '561.000 tấn').indicator).toBe('aquaculture_output');
  });

  it('the panels before keep their own', () => {
    expect(figureAt(PAGE, '24.100 tỷ đồng').indicator).toBe('social_investment');
  });

  it('a line of prose above the label is no heading', () => {
    const text = 'Hội chợ xuân năm nay có 120 gian hàng của các hợp tác xã, làng nghề và doanh nghiệp trong tỉnh.\nTổng thu: 3.150 triệu đồng\n';
    expect(figureAt(text, '3.150 triệu đồng').indicator).toBeUndefined();
  });
});
