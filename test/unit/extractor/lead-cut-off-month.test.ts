// A coverage report opens "đến hết tháng 9/2024, toàn tỉnh có …": the month closes the count and is the report's date,
// so stocks in later paragraphs that name no period stand at that month, as under a monthly headline. A month the lead
// names as the time things happened in ("riêng tháng 9/2024, … phát triển thêm") stays its own paragraph's.
// Found by holdout19/003 (a provincial portal on BHYT/BHXH coverage).
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2024-10-15' };
const headline = 'Bình Định: Tỷ lệ bao phủ bảo hiểm y tế đạt 93,2% dân số\n\n';
const later = '\n\nSố người tham gia bảo hiểm xã hội là 214.350 người, chiếm 33,6% lực lượng lao động trong độ tuổi.';

describe('a lead\'s cut-off month frames the report', () => {
  it('"đến hết tháng 9/2024" in the lead dates the later paragraphs', () => {
    const text = `${headline}Theo Bảo hiểm xã hội tỉnh, đến hết tháng 9/2024, toàn tỉnh có 1.384.620 người tham gia bảo hiểm y tế, tăng 1,4 điểm phần trăm so với cùng kỳ năm 2023.${later}`;
    expectFigure(text, '214.350', { period: '2024-M09' }, opts);
    expectFigure(text, '33,6%', { period: '2024-M09' }, opts);
  });
  it('"riêng tháng 9/2024" in the lead dates its own paragraph only', () => {
    const text = `${headline}Theo Bảo hiểm xã hội tỉnh, riêng tháng 9/2024, toàn tỉnh phát triển thêm 4.620 người tham gia bảo hiểm y tế, tăng 1,4 điểm phần trăm so với cùng kỳ năm 2023.${later}`;
    expectFigure(text, '214.350', { period: '2024' }, opts);
  });
  it('"tính đến ngày 30/9/2024" in the lead dates later stocks at its month and later flows at the months elapsed', () => {
    const text = `${headline}Theo Bảo hiểm xã hội tỉnh, tính đến ngày 30/9/2024, toàn tỉnh có 1.384.620 người tham gia bảo hiểm y tế.${later}\n\nTổng thu bảo hiểm xã hội, bảo hiểm y tế đạt 2.140 tỷ đồng, bằng 74,5% kế hoạch.`;
    expectFigure(text, '214.350', { period: '2024-M09' }, opts);
    expectFigure(text, '2.140 tỷ đồng', { period: '2024-9M' }, opts);
  });
  it('a day date inside a later sentence of the lead does not frame the report', () => {
    const text = `${headline}Năm 2024, Bảo hiểm xã hội tỉnh triển khai nhiều giải pháp. Riêng đợt cao điểm kết thúc ngày 30/9/2024, ngành phát triển thêm 4.620 người tham gia bảo hiểm y tế.${later}`;
    expectFigure(text, '214.350', { period: '2024' }, opts);
  });
});
