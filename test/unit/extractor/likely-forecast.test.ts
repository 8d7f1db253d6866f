// "tăng trưởng kinh tế năm nay nhiều khả năng trên 8%": a government report's forecast for the year still running. It
// is an estimate, like "dự báo" or "có thể đạt". Pattern from a real national congress report.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2025-10-13' };

describe('"nhiều khả năng" makes a forecast', () => {
  it('a growth rate the year is likely to reach', () => {
    expectFigure('Tăng trưởng kinh tế năm nay nhiều khả năng đạt trên 8%.', '8%', { modality: 'estimate' }, pub);
  });
  it('revenue likely to pass a sum', () => {
    expectFigure('Thu ngân sách cả năm nhiều khả năng vượt 25.000 tỷ đồng.', '25.000 tỷ đồng', { modality: 'estimate' }, pub);
  });
});

describe('what stays a result', () => {
  it('a count of targets with "có khả năng đạt" after it', () => {
    const text = 'Đến nay có 14 chỉ tiêu đạt và vượt, 4 chỉ tiêu có khả năng đạt.';
    expectFigure(text, '14 chỉ tiêu', { modality: 'actual' }, pub);
  });
  it('a growth rate reported without a forecast word', () => {
    expectFigure('Tăng trưởng kinh tế 9 tháng đạt 8,2%.', '8,2%', { modality: 'actual' }, pub);
  });
});
