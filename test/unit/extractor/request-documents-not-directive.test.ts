// "Trung tâm đã tiếp nhận 12.356 hồ sơ đề nghị hưởng trợ cấp thất nghiệp, tăng 9,6%": "đề nghị" after "hồ sơ", "đơn",
// "tờ trình" names the documents that ask, counted; it is no directive, and the figures after it are results, not
// targets. Pattern from real labour pages.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2024-10-10' };

describe('documents that ask are no directive', () => {
  it('"hồ sơ đề nghị hưởng …, tăng 9,6%" is an actual', () => {
    expectFigure('Chín tháng năm 2024, trung tâm tiếp nhận 11.356 hồ sơ đề nghị hưởng trợ cấp thất nghiệp, tăng 8,6% so với cùng kỳ.', '8,6%', { modality: 'actual' }, pub);
  });
  it('a directive still sets targets', () => {
    expectFigure('Phó Chủ tịch UBND tỉnh đề nghị ngành y tế nâng tỷ lệ bao phủ bảo hiểm y tế đạt trên 95% trong năm 2025.', '95%', { modality: 'target' }, pub);
  });
});
