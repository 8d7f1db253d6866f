// "Xét theo ngành hoạt động, doanh thu bán lẻ hàng hóa chiếm tỷ trọng cao nhất, ước đạt hơn 12.239 tỷ đồng (chiếm gần 60%,
// tăng 8,2% so với quý I/2024); doanh thu lưu trú, ăn uống ước đạt 4.507 tỷ đồng (chiếm gần 22%, …)": a measure named
// as the subject of "chiếm tỷ trọng" holds the share, so the shares and changes in the brackets are that measure's,
// not the economy's sector shares. The economy's structure ("khu vực dịch vụ chiếm tỷ trọng 45,2%") stays a sector share.
// Pattern from a provincial paper's quarterly retail release (2025).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const pub = { published: '2025-04-03' };
const page = (body: string) => `Báo Quảng Nam\n03/04/2025\n\nTổng mức bán lẻ quý I/2025\n\n${body}`;

describe('a measure named as the subject of "chiếm tỷ trọng" holds the share', () => {
  const text = page('Theo kết quả điều tra, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ quý I/2025 của tỉnh Quảng Nam ước đạt 20.587 tỷ đồng. Xét theo ngành hoạt động, doanh thu bán lẻ hàng hóa chiếm tỷ trọng cao nhất, ước đạt hơn 12.239 tỷ đồng (chiếm gần 60%, tăng 8,2% so với quý I/2024); doanh thu lưu trú, ăn uống ước đạt 4.507 tỷ đồng (chiếm gần 22%, tăng 24,8% so với quý I/2024).');
  it('the share in the bracket after the amount', () => {
    expect(figureAt(text, '60%', pub).indicator).toBe('retail_sales');
  });
  it('the change after that share', () => {
    expect(figureAt(text, '8,2%', pub).indicator).toBe('retail_sales');
  });
  it('the next item of the sentence is no sector share either', () => {
    // (Accommodation and catering take no id of their own: holdout74's market-control-money.)
    expect(figureAt(text, '24,8%', pub).indicator).not.toBe('sector_share');
  });
});

describe('what stays a sector share', () => {
  it('a sector of the economy as the subject', () => {
    const text = page('Quý I/2025, cơ cấu kinh tế của tỉnh Quảng Nam chuyển dịch tích cực, khu vực dịch vụ chiếm tỷ trọng 45,2%; công nghiệp - xây dựng chiếm tỷ trọng 38,1%.');
    expect(figureAt(text, '38,1%', pub).indicator).toBe('sector_share');
  });
  it('a branch of industry with its share of the GRDP', () => {
    const text = page('Quý I/2025, ngành công nghiệp chế biến của tỉnh Quảng Nam chiếm tỷ trọng cao nhất, chiếm 30% trong GRDP.');
    expect(figureAt(text, '30%', pub).indicator).toBe('sector_share');
  });
});
