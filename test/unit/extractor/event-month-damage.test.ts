// "Mưa lũ đầu tháng 10 làm 1.250 ha lúa bị ngập": the month of the event whose damage is counted dates that count, as a
// month before "gây" does. It dates its paragraph only: the report's months go on in the next.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const LEAD = 'Nông nghiệp 9 tháng năm 2025\n\nTrong 9 tháng, giá trị sản xuất nông nghiệp ước đạt 18.450 tỷ đồng, tăng 4,1% so với cùng kỳ.\n\n';

describe('the month of a damaging event', () => {
  it('dates the damage it did', () => {
    const text = `${LEAD}Mưa lũ đầu tháng 10 làm 1.250 ha lúa và hoa màu bị ngập úng.`;
    expect(figureAt(text, '1.250 ha', { published: '2025-10-25' }).period).toBe('2025-M10');
  });

  it("leaves the next paragraph to the report's months", () => {
    const text = `${LEAD}Mưa lũ đầu tháng 10 làm 1.250 ha lúa bị ngập úng.\n\nSản lượng thủy sản đạt 9.860 tấn, tăng 2,1%.`;
    expect(figureAt(text, '9.860 tấn', { published: '2025-10-25' }).period).toBe('2025-9M');
  });
});
