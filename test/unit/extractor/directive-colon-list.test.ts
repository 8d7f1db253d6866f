// "Chủ tịch UBND tỉnh yêu cầu …: giải ngân …; thu ngân sách …": a directive that opens a list with a colon governs
// every item, across the semicolons that part them.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a directive heading a colon list', () => {
  const text = 'Kết luận phiên họp, Chủ tịch UBND tỉnh yêu cầu các sở, ngành tập trung cho tháng cuối năm: giải ngân vốn đầu tư công đạt trên 95% kế hoạch; thu ngân sách cả năm đạt 23.000 tỷ đồng trở lên; tăng trưởng GRDP năm 2025 đạt 8%.';

  it('makes the first item a target', () => {
    expect(figureAt(text, '95%').modality).toBe('target');
  });

  it('makes the items after a semicolon targets too', () => {
    expect(figureAt(text, '23.000 tỷ đồng').modality).toBe('target');
    expect(figureAt(text, '8%').modality).toBe('target');
  });

  it('without a colon, a clause after a semicolon reports what is', () => {
    const plain = 'UBND tỉnh yêu cầu các chủ đầu tư đẩy nhanh tiến độ giải ngân; đến ngày 30/11, toàn tỉnh giải ngân được 1.250 tỷ đồng.';
    expect(figureAt(plain, '1.250 tỷ đồng').modality).toBe('actual');
  });
});
