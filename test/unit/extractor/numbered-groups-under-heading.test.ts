// A list of targets or estimates is often split into numbered groups ("1. Về kinh tế:", "2. Về xã hội:") under one
// heading. The group labels only divide the list: the items of every group keep the heading's modality and period.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2024-12-20' };
const plan = [
  'Kỳ họp thứ 22 HĐND huyện',
  'Kỳ họp đã thông qua nghị quyết về nhiệm vụ năm 2025.',
  'Các chỉ tiêu chủ yếu năm 2025:',
  '1. Về kinh tế:',
  '- Giá trị sản xuất tăng 9% trở lên.',
  '- Thu ngân sách trên địa bàn 320 tỷ đồng.',
  '2. Về xã hội:',
  '- Tỷ lệ hộ nghèo giảm 1,2%.',
  '- Tỷ lệ người dân tham gia bảo hiểm y tế đạt 95%.',
].join('\n');

describe('items under a numbered group keep the heading\'s targets and year', () => {
  it('the first group', () => {
    expectFigure(plan, '320 tỷ đồng', { modality: 'target', period: '2025' }, pub);
  });
  it('the second group', () => {
    expectFigure(plan, '95%', { modality: 'target', period: '2025' }, pub);
  });
});

describe('a label with a frame of its own heads its items itself', () => {
  it('"Ước thực hiện năm 2024:" after the plan\'s groups reports estimates of that year', () => {
    const both = `${plan}\nƯớc thực hiện năm 2024:\n- Thu ngân sách trên địa bàn 298 tỷ đồng.`;
    expectFigure(both, '298 tỷ đồng', { modality: 'estimate', period: '2024' }, pub);
  });
});
