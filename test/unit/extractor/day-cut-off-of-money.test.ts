// Answers at a press conference give disbursement "đến ngày 25/10, toàn tỉnh giải ngân …": money summed from January to
// a day of the month, with no year written. Those figures are the months elapsed; a harvest's day is its season's
// day, and the cut-off gives no date to a stock in the next sentence.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2024-10-31' };
const HEAD = 'Họp báo thường kỳ tháng 10\n\n';

describe('a day\'s cut-off before money summed from January', () => {
  it('disbursement after "đến ngày 25/10," is the ten months', () => {
    const text = `${HEAD}Trả lời phóng viên, đại diện Sở Tài chính cho biết: đến ngày 25/10, toàn tỉnh giải ngân được 4.960 tỷ đồng, đạt 60,8% kế hoạch vốn.`;
    expect(figureAt(text, '4.960 tỷ đồng', OPTS).period).toBe('2024-10M');
    expect(figureAt(text, '60,8%', OPTS).period).toBe('2024-10M');
  });

  it('money after a day that ends a stretch (từ … đến ngày …) is not summed from January', () => {
    const text = `${HEAD}Từ ngày 5/3 đến ngày 20/3, toàn tỉnh giải ngân được 4.960 tỷ đồng.`;
    expect(figureAt(text, '4.960 tỷ đồng', OPTS).period).not.toBe('2024-Q1');
  });

  it('a harvest counted to a day is not summed from January', () => {
    const text = `Vụ Đông Xuân 2023 - 2024\n\nĐến ngày 20/3, toàn tỉnh thu hoạch được 12.400 ha lúa.`;
    expect(figureAt(text, '12.400 ha', { published: '2024-03-25' }).period).not.toBe('2024-Q1');
  });

  it('a stock in the next sentence does not stand at the cut-off\'s month', () => {
    const text = `${HEAD}Đến ngày 15/10, thành phố giải ngân được 71,5% kế hoạch vốn. Trong năm có 236 doanh nghiệp thành lập mới, nâng tổng số doanh nghiệp đang hoạt động lên 2.918 doanh nghiệp.`;
    expect(figureAt(text, '2.918', OPTS).period).not.toBe('2024-M10');
  });
});
