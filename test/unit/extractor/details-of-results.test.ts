// A year-end report says how many targets were reached, then details them in a sentence that opens "Cụ thể," and names
// the targets again ("các chỉ tiêu chủ yếu: … đạt …"). Named there, the targets head the results, not a plan.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2024-12-26' };

describe('"Cụ thể, các chỉ tiêu chủ yếu: …" after a sentence of results reports results', () => {
  it('an item of the detailed list is actual', () => {
    const text = 'Năm 2024, huyện đạt và vượt 18/20 chỉ tiêu chủ yếu. Cụ thể, các chỉ tiêu chủ yếu: thu nhập bình quân đầu người đạt 58 triệu đồng; tỷ lệ che phủ rừng đạt 47,2%.';
    expectFigure(text, '58 triệu đồng', { modality: 'actual', period: '2024' }, pub);
    expectFigure(text, '47,2%', { modality: 'actual' }, pub);
  });
});

describe('where the detailed list is still a plan', () => {
  it('after a sentence that sets the targets', () => {
    const text = 'Năm 2025, huyện đề ra 20 chỉ tiêu chủ yếu. Cụ thể, các chỉ tiêu chủ yếu: thu nhập bình quân đầu người đạt 64 triệu đồng; tỷ lệ che phủ rừng đạt 47,5%.';
    expectFigure(text, '64 triệu đồng', { modality: 'target' }, pub);
  });
});
