// A road milestone in a sentence about works and their money ("vướng mặt bằng tại Km 12+500") marks where the works
// stand; in a sentence about a crash it still marks one incident, whose toll is no figure.
import { describe, expect, it } from 'vitest';
import { figureAt, figuresIn } from './helpers.ts';

describe('a milestone in a sentence about works', () => {
  it('the disbursement of a road held up at Km 12+500 is read', () => {
    const text = 'Tuyến đường bộ ven biển có kế hoạch 620 tỷ đồng nhưng mới giải ngân 198 tỷ đồng do vướng mặt bằng tại Km 12+500.';
    expect(figureAt(text, '198 tỷ đồng').value).toBe(198e9);
  });

  it('a crash at a milestone is still one incident', () => {
    const text = 'Khi thi công tại Km 12+500 Quốc lộ 1A, một xe tải va chạm với xe máy làm 2 người chết.';
    expect(figuresIn(text)).toEqual([]);
  });
});
