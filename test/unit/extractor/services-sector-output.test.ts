// "Giá trị sản xuất công nghiệp - xây dựng đạt 6.215 tỷ đồng, tăng 11,3%; thương mại - dịch vụ 3.740 tỷ đồng, tăng
// 9,1%; nông nghiệp 907 tỷ đồng": in a list of sectors each clause's sector picks its own output value, and trade and
// services have none of their own (they took industrial_output_value from the head of the list). Seen in 4 unscored
// figures (holdout, holdout7).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const text = 'Giá trị sản xuất công nghiệp - xây dựng đạt 6.215 tỷ đồng, tăng 11,3%; thương mại - dịch vụ 3.740 tỷ đồng, tăng 9,1%; nông nghiệp 907 tỷ đồng, giảm 2%.';

describe('a sector list gives trade and services no output indicator', () => {
  it('trade and services take none', () => {
    expect(figureAt(text, '3.740 tỷ đồng').indicator).toBeUndefined();
    expect(figureAt(text, '9,1%').indicator).toBeUndefined();
  });
  it('industry and farming keep theirs', () => {
    expect(figureAt(text, '6.215 tỷ đồng').indicator).toBe('industrial_output_value');
    expect(figureAt(text, '907 tỷ đồng').indicator).toBe('agricultural_output_value');
  });
});
