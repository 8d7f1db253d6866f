// "Giải ngân vốn đầu tư công đến ngày 31/12/2024 đạt 91,5% kế hoạch; tỷ lệ hộ dùng nước sạch đạt 98,2%": the cut-off of
// money disbursed, written after its subject, dates that clause only; a rate opening a later clause after ";" is another
// measure, in the report's period. A cut-off opening the sentence, or a stock's ("Dư nợ … đến ngày 30/9 …; tỷ lệ nợ xấu
// …"), still stands for the rates after it.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-01-10' };

describe("a disbursement's cut-off", () => {
  it('dates its own clause, not a rate after ";"', () => {
    const text = 'Năm 2024, huyện hoàn thành nhiều chỉ tiêu. Giải ngân vốn đầu tư công đến ngày 31/12/2024 đạt 91,5% kế hoạch; tỷ lệ hộ dùng nước sạch đạt 98,2%.';
    expect(figureAt(text, '98,2%', opts).period).toBe('2024');
  });

  it('a cut-off opening the sentence, or a stock’s, still dates the rate', () => {
    const opening = 'Đến ngày 30/9/2024, dư nợ cho vay đạt 1.200 tỷ đồng; tỷ lệ nợ xấu 1,2%.';
    expect(figureAt(opening, '1,2%', { published: '2024-10-10' }).period).toBe('2024-M09');
    const stock = 'Dư nợ cho vay đến ngày 30/9/2024 đạt 1.200 tỷ đồng; tỷ lệ nợ xấu 1,2%.';
    expect(figureAt(stock, '1,2%', { published: '2024-10-10' }).period).toBe('2024-M09');
  });
});
