// "Năm 2024, huyện đã hoàn thành 28/29 chỉ tiêu chủ yếu theo kế hoạch đề ra, đáng chú ý là: …": the plan the counted
// targets were held to; it makes no target of the results listed after the colon.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-12-18' };

describe('"theo kế hoạch" after a count of targets met', () => {
  it('leaves the results listed after it actual', () => {
    const text = 'Năm 2024, huyện đã hoàn thành 27/30 chỉ tiêu chủ yếu theo kế hoạch đề ra, đáng chú ý là: công nghiệp – xây dựng đạt 910 tỷ đồng; thu nhập bình quân đầu người đạt 45 triệu đồng.';
    expect(figureAt(text, '910 tỷ', opts).modality).toBe('actual');
  });

  it('a plan that opens the list still makes targets', () => {
    const text = 'Theo kế hoạch năm 2025, huyện phấn đấu: công nghiệp – xây dựng đạt 1.050 tỷ đồng; thu nhập bình quân đầu người đạt 50 triệu đồng.';
    expect(figureAt(text, '1.050 tỷ', opts).modality).toBe('target');
  });
});
