// The investment per hectare a project must bring ("suất đầu tư từ 4 triệu USD/ha trở lên", "suất đầu tư tối thiểu 3
// triệu USD/ha") is a bar projects are judged by, no figure; the density reached ("suất đầu tư bình quân đạt 6,2 triệu
// USD/ha") is one.
import { describe, expect, it } from 'vitest';
import { figureAt, figuresIn } from './helpers.ts';

const OPTS = { published: '2024-11-20' };

describe('an investment density', () => {
  it('set as a bar is no figure', () => {
    const text = 'Thu hút đầu tư chọn lọc\n\nTỉnh chỉ tiếp nhận dự án công nghệ cao, suất đầu tư từ 4 triệu USD/ha trở lên; các KCN mới yêu cầu suất đầu tư tối thiểu 3 triệu USD/ha.';
    expect(figuresIn(text, OPTS)).toHaveLength(0);
  });

  it('reached is a figure', () => {
    const text = 'Thu hút đầu tư chọn lọc\n\nNăm 2024, suất đầu tư bình quân của các dự án FDI đạt 6,2 triệu USD/ha.';
    expect(figureAt(text, '6,2 triệu USD/ha', OPTS)).toMatchObject({ value: 6200000, unit: 'USD/ha' });
  });
});
