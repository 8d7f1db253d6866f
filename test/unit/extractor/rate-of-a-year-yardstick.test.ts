// "Tốc độ tăng trưởng GRDP ước đạt 9,2%, cao hơn mức tăng của năm 2024 (8,4%), trong đó …": a year-end report sets
// the year's result against the rate of the year before. That year names a yardstick: it dates its own bracket, but
// the figures after it, in its sentence and paragraph, stay in the report's year (rate-of-a-year-yardstick).
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2025-12-09' };
const head = 'Năm 2025, kinh tế tỉnh tăng trưởng khá\n\nBáo cáo của UBND tỉnh cho biết, năm 2025 có 24/26 chỉ tiêu đạt và vượt kế hoạch.\n\n';

describe('a year named as the rate a result is compared with dates only its bracket', () => {
  const text = `${head}Tốc độ tăng trưởng GRDP ước đạt 9,2%, cao hơn mức tăng của năm 2024 (8,4%), trong đó khu vực công nghiệp tăng 11,3%. ` +
    'Quy mô GRDP ước đạt 285.600 tỷ đồng; thu nhập bình quân đầu người đạt 72,4 triệu đồng.';
  it('the result and what follows stay in the report\'s year', () => {
    expectFigure(text, '9,2%', { period: '2025' }, pub);
    expectFigure(text, '11,3%', { period: '2025' }, pub);
    expectFigure(text, '285.600 tỷ đồng', { period: '2025' }, pub);
    expectFigure(text, '72,4 triệu đồng', { period: '2025' }, pub);
  });
  it('"thấp hơn tốc độ tăng của năm 2023" is a yardstick too', () => {
    const lower = `${head}Kim ngạch xuất khẩu ước đạt 1,2 tỷ USD, tăng 6,1%, thấp hơn tốc độ tăng của năm 2023. Kim ngạch nhập khẩu đạt 0,9 tỷ USD.`;
    expectFigure(lower, '0,9 tỷ USD', { period: '2025' }, pub);
  });
});

describe('a year the sentence is about still dates it', () => {
  it('"mức tăng trưởng của năm 2024 đạt 8,4%" is that year\'s rate', () => {
    const past = `${head}Mức tăng trưởng của năm 2024 đạt 8,4%; quy mô GRDP năm đó đạt 262.000 tỷ đồng.`;
    expectFigure(past, '8,4%', { period: '2024' }, pub);
  });
});
