// A bare value on its own line under an infographic panel's heading measures what the heading names, per-head measures
// too ("GRDP BÌNH QUÂN ĐẦU NGƯỜI" over "68,4 triệu đồng" is money per person per year); a heading naming two measures
// names neither.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a bare value under a panel heading', () => {
  it('a bare value under a heading that names a per-head measure is per head', () => {
    const text = 'KINH TẾ TỈNH NĂM 2023\n\nGRDP BÌNH QUÂN ĐẦU NGƯỜI\n68,4 triệu đồng\n\nTHU NHẬP BÌNH QUÂN ĐẦU NGƯỜI\n49,7 triệu đồng\n';
    expect([figureAt(text, '68,4 triệu đồng').indicator, figureAt(text, '68,4 triệu đồng').unit]).toEqual(['grdp_per_capita', 'VND/người/năm']);
    expect(figureAt(text, '49,7 triệu đồng').indicator).toBe('income_per_capita');
  });

  it('a heading that names two measures names neither', () => {
    const text = 'NÔNG NGHIỆP - THỦY SẢN\n12.400 tỷ đồng\n';
    expect(figureAt(text, '12.400 tỷ đồng').indicator).not.toBe('aquaculture_output');
  });

});
