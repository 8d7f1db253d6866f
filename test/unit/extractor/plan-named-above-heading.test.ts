// A council's resolution on next year's plan is often printed as one sentence naming the plan and its year, then a bare
// "Các chỉ tiêu chủ yếu:" over the list. The heading names targets but no year: the plan named right above it says whose
// targets they are and for which year. Pattern from a province's resolution page of December 2022.
import { describe, expect, it } from 'vitest';
import { expectFigure, figureAt } from './helpers.ts';

const december = { published: '2022-12-14' };
const resolution = [
  'HĐND tỉnh thông qua kế hoạch năm 2023',
  'Ngày 12/12/2022, HĐND tỉnh ban hành Nghị quyết số 27/NQ-HĐND về kế hoạch phát triển kinh tế - xã hội năm 2023.',
  'Các chỉ tiêu chủ yếu:',
  '- Tốc độ tăng trưởng kinh tế (GRDP) đạt từ 7% trở lên.',
  '- Tổng thu ngân sách nhà nước trên địa bàn đạt 5.200 tỷ đồng.',
  '- Tỷ lệ che phủ rừng đạt 41,5%.',
].join('\n');

describe('a heading with no year under a paragraph naming next year\'s plan lists that plan\'s targets', () => {
  it('an item worded as a result ("đạt") is still the plan\'s target, of the plan\'s year', () => {
    expectFigure(resolution, '5.200 tỷ đồng', { modality: 'target', period: '2023', indicator: 'budget_revenue' }, december);
  });
  it('so is a rate under it', () => {
    expectFigure(resolution, '41,5%', { modality: 'target', period: '2023' }, december);
  });
});

describe('where the plan above does not govern the list', () => {
  it('a plan for the year about to end: the list sums it up', () => {
    const review = resolution.replace('năm 2023.', 'năm 2022.');
    expectFigure(review, '5.200 tỷ đồng', { modality: 'actual', period: '2022' }, december);
  });
  it('a paragraph that reports results before the heading', () => {
    const results = resolution.replace('ban hành Nghị quyết số 27/NQ-HĐND về kế hoạch phát triển kinh tế - xã hội năm 2023.',
      'đánh giá kết quả năm 2022 và thông qua kế hoạch phát triển kinh tế - xã hội năm 2023.');
    expect(figureAt(results, '5.200 tỷ đồng', december).modality).not.toBe('target');
  });
});
