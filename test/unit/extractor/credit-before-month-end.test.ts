// "ĐBP - Theo Sở Tài chính, tính đến hết tháng 5/2022, tổng thu ngân sách … đạt 658,2 tỷ đồng": a lead that opens on the
// paper's credit without brackets ("ĐBP - ", "QTO - ") and then on a month's end sums its flow from January, as "(DRT) - Tính
// đến hết tháng 9/2023, …" does: the months elapsed, not the cut-off month. A stock counted there stays at the month.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'BÁO ĐIỆN BIÊN PHỦ\nKinh tế\nThứ Ba, 07/06/2022, 10:24\n\nNgân sách tiếp tục khởi sắc\n\n';

describe("a paper's credit without brackets before a month's end", () => {
  it('revenue summed to the end of May is the five months', () => {
    const text = `${HEAD}ĐBP - Theo Sở Tài chính, tính đến hết tháng 5/2022, tổng thu ngân sách nhà nước trên địa bàn tỉnh đạt 658,2 tỷ đồng, bằng 47,3% dự toán Trung ương giao.`;
    expect(figureAt(text, '658,2 tỷ đồng').period).toBe('2022-5M');
    expect(figureAt(text, '47,3%').period).toBe('2022-5M');
  });

  it('disbursement to the end of October too', () => {
    const text = `BÁO QUẢNG TRỊ\nKinh tế\nThứ Hai, 03/11/2025, 07:05\n\nGiải ngân vốn đầu tư công chuyển biến tích cực\n\nQTO - Tính đến hết tháng 10/2025, toàn tỉnh giải ngân vốn đầu tư công được 7.150 tỷ đồng, đạt 67,1% kế hoạch.`;
    expect(figureAt(text, '7.150 tỷ đồng').period).toBe('2025-10M');
  });

  it('a stock counted at the month\'s end stays at the month', () => {
    const text = `${HEAD}ĐBP - Tính đến hết tháng 5/2022, toàn tỉnh có 41.250 người tham gia bảo hiểm xã hội, chiếm 14,2% lực lượng lao động.`;
    expect(figureAt(text, '14,2%').period).toBe('2022-M05');
  });
});
