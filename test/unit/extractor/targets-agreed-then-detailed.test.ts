// "Hội nghị thống nhất các chỉ tiêu chủ yếu năm 2025. Trong đó, GRDP đạt từ 9%-9,5%": a meeting that agrees on targets
// sets them, as "đề ra" and "thông qua" do, so the sentence detailing it lists targets, even in the year they are for.
// "Đại hội đã biểu quyết thông qua 16 chỉ tiêu …" is a vote that sets them, not a result ("đã" alone would say so).
// Agreeing on an assessment of results ("thống nhất đánh giá … đạt 16/18 chỉ tiêu") still lists results.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2025-01-15' };

describe('targets agreed on, then detailed', () => {
  it('"thống nhất các chỉ tiêu … Trong đó, GRDP đạt …" lists targets', () => {
    const text = 'Hội nghị Ban Chấp hành Đảng bộ tỉnh thống nhất 21 chỉ tiêu chủ yếu năm 2025. Trong đó, GRDP đạt từ 8,5%-9%; thu ngân sách đạt 14.200 tỷ đồng trở lên.';
    expectFigure(text, '8,5%-9%', { modality: 'target', period: '2025' }, opts);
    expectFigure(text, '14.200 tỷ đồng', { modality: 'target' }, opts);
  });

  it('"thống nhất đánh giá … đạt 16/18 chỉ tiêu. Trong đó, …" lists results', () => {
    const text = 'Hội nghị thống nhất đánh giá năm 2024 tỉnh đạt 16/18 chỉ tiêu chủ yếu. Trong đó, GRDP tăng 7,4%.';
    expectFigure(text, '7,4%', { modality: 'actual' }, opts);
  });

  it('"đã biểu quyết thông qua 16 chỉ tiêu …. Cụ thể, …" lists targets, in the year the term opens', () => {
    const text = 'Tại đại hội, các đại biểu đã biểu quyết thông qua 16 chỉ tiêu nhiệm kỳ 2025-2030. Cụ thể, xã đạt chuẩn nông thôn mới nâng cao vào cuối năm 2025; tỷ lệ tham gia bảo hiểm y tế đạt 98%.';
    expectFigure(text, '98%', { modality: 'target' }, { published: '2025-08-20' });
  });

  it('"đã biểu quyết …" on how the targets went still lists results', () => {
    const text = 'Tại hội nghị, các đại biểu đã đánh giá năm 2024 huyện đạt 15/16 chỉ tiêu chủ yếu. Cụ thể, tỷ lệ tham gia bảo hiểm y tế đạt 94,5%.';
    expectFigure(text, '94,5%', { modality: 'actual' }, { published: '2025-01-10' });
  });
});
