// A year-end report often closes with a heading such as "II. Các chỉ tiêu chủ yếu năm 2026" and a numbered list under
// it. The heading names the coming year's plan, so the items under it are that year's targets, in the same way a
// "Mục tiêu nhiệm kỳ …" heading works for a term. Pattern from a real provincial year-end page.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2025-12-28' };
const text = [
  'Tổng kết năm 2025 và kế hoạch năm 2026',
  'Năm 2025, trong bối cảnh còn nhiều khó khăn do thiên tai và giá cả biến động, kinh tế của tỉnh tiếp tục tăng trưởng khá, các lĩnh vực văn hóa, xã hội có nhiều chuyển biến, đời sống người dân được cải thiện rõ rệt trên nhiều mặt.',
  'I. Kết quả năm 2025',
  '1. Tổng sản phẩm trên địa bàn ước tăng 7,4%.',
  '2. Tỷ lệ hộ nghèo giảm còn 1,1%.',
  'II. Các chỉ tiêu kinh tế - xã hội chủ yếu năm 2026',
  '1. Tổng sản phẩm trên địa bàn tăng từ 8% trở lên.',
  '2. Tỷ lệ hộ nghèo giảm còn dưới 0,9%.',
].join('\n\n');

describe('a heading that names the coming year\'s targets makes its list targets of that year', () => {
  it('the growth under it', () => {
    expectFigure(text, '8%', { modality: 'target', period: '2026' }, pub);
  });
  it('the poverty rate under it', () => {
    expectFigure(text, '0,9%', { modality: 'target', period: '2026' }, pub);
  });
});

describe('what stays a result', () => {
  it('the list under the heading that reviews this year', () => {
    expectFigure(text, '7,4%', { modality: 'estimate', period: '2025' }, pub);
    expectFigure(text, '1,1%', { modality: 'actual', period: '2025' }, pub);
  });
  it('a heading that reviews a year\'s targets is no plan', () => {
    const review = ['Hội nghị tổng kết', 'Năm 2025, trong bối cảnh còn nhiều khó khăn do thiên tai và giá cả biến động, tỉnh tổ chức nhiều hoạt động sơ kết, tổng kết công tác ở tất cả các ngành, các địa phương và các cơ quan, đơn vị trên địa bàn.',
      'Kết quả thực hiện các chỉ tiêu năm 2025', 'Tỷ lệ hộ nghèo giảm còn 1,1%.'].join('\n\n');
    expectFigure(review, '1,1%', { modality: 'actual' }, { published: '2024-12-28' });
  });
});
