// "…; bình quân giảm 6,18%/năm, vượt chỉ tiêu Nghị quyết (giảm 4 - 5%/năm)": the resolution is the yardstick the rate
// beat, not what the bracketed plan measures, even when the rate was named in the clause before; the plan measures
// the rate the text speaks of. A count of the resolution's targets still is resolution_targets.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'Huyện Văn Bàn sau nửa nhiệm kỳ\n\n';

describe('a resolution beaten, with the rate in the clause before', () => {
  it('the bracketed plan measures the rate the text speaks of', () => {
    const text = `${HEAD}Tỷ lệ hộ nghèo đa chiều giảm từ 28,7% (cuối năm 2020) xuống còn 16,34% (cuối năm 2022); bình quân giai đoạn 2021 - 2022 giảm 6,18%/năm, vượt chỉ tiêu Nghị quyết (giảm 4 - 5%/năm).`;
    expect(figureAt(text, '4 - 5%').indicator).toBe('poverty_rate');
  });

  it('a count of the targets met stays a count of resolution targets', () => {
    const text = `${HEAD}Tỷ lệ hộ nghèo đa chiều giảm còn 16,34%; đến nay vượt chỉ tiêu Nghị quyết 17/23 chỉ tiêu.`;
    expect(figureAt(text, '17/23').indicator).toBe('resolution_targets');
  });
});
