// "Năm 2025, tỉnh đề ra 12 chỉ tiêu chủ yếu. Trong đó, GRDP đạt từ 9% - 9,5%": a sentence that opens by detailing one
// that set targets lists those targets, even in the year they are for; one detailing results lists results.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2025-01-15' };

describe('a sentence detailing the one before', () => {
  it('lists targets when the one before set them', () => {
    const text = 'Năm 2025, huyện đề ra 18 chỉ tiêu chủ yếu. Trong đó, tốc độ tăng trưởng kinh tế đạt 8,5%; thu ngân sách 640 tỷ đồng.';
    expectFigure(text, '8,5%', { modality: 'target' }, opts);
    expectFigure(text, '640 tỷ đồng', { modality: 'target' }, opts);
  });
  it('lists results when the one before reported them', () => {
    const text = 'Năm 2024, huyện đạt 16/18 chỉ tiêu đề ra. Trong đó, tốc độ tăng trưởng kinh tế đạt 7,9%.';
    expectFigure(text, '7,9%', { modality: 'actual' }, opts);
  });
});
