// "Theo Bảo hiểm xã hội tỉnh, đến hết tháng 3/2026, toàn tỉnh có 398.260 người tham gia bảo hiểm xã hội. … Số người
// tham gia bảo hiểm thất nghiệp 296.700 người": a cut-off month that opens its sentence (after an attribution) counts
// the stocks of its whole paragraph, not only its sentence's; a quarterly report's other paragraphs keep the quarter.
// Found by holdout21/006 (labour and social insurance, Q1 2026).
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2026-04-10' };
const lead = 'Quý I/2026, Gia Lai đưa 1.284 lao động đi làm việc ở nước ngoài\n\nQuý I/2026, toàn tỉnh giải quyết việc làm cho 11.420 lao động, đạt 27,8% kế hoạch năm; trong đó đưa 1.284 người đi làm việc ở nước ngoài.\n\n';

describe('a cut-off month opening a sentence after an attribution', () => {
  it('dates the later sentences of its paragraph', () => {
    const text = `${lead}Theo Bảo hiểm xã hội tỉnh, đến hết tháng 3/2026, toàn tỉnh có 398.260 người tham gia bảo hiểm xã hội. Số người tham gia bảo hiểm thất nghiệp 296.700 người, chiếm 16,0% lực lượng lao động.`;
    expectFigure(text, '398.260', { period: '2026-M03' }, opts);
    expectFigure(text, '296.700', { period: '2026-M03' }, opts);
  });
  it('the next paragraph goes back to the quarter', () => {
    const text = `${lead}Theo Bảo hiểm xã hội tỉnh, đến hết tháng 3/2026, toàn tỉnh có 398.260 người tham gia bảo hiểm xã hội.\n\nCác cơ sở giáo dục nghề nghiệp tuyển sinh, đào tạo 9.860 người, đạt 21,9% kế hoạch năm.`;
    expectFigure(text, '9.860', { period: '2026-Q1' }, opts);
  });
});
