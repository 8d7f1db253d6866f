// "kế hoạch vốn Thủ tướng Chính phủ giao 19.618 tỷ đồng": a plan named with who handed it down, then its value, states
// the plan: a target.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a plan handed down, then its value', () => {
  it('is a target', () => {
    const text = 'Tổng kế hoạch vốn đầu tư công năm 2025 của tỉnh là 21.654 tỷ đồng, trong đó kế hoạch vốn Thủ tướng Chính phủ giao 19.618 tỷ đồng.';
    expect(figureAt(text, '19.618 tỷ đồng').modality).toBe('target');
  });

  it('a budget estimate the council handed down is one too', () => {
    const text = 'Năm 2024, dự toán thu HĐND tỉnh giao 4.200 tỷ đồng.';
    expect(figureAt(text, '4.200 tỷ đồng').modality).toBe('target');
  });

  it('what was reached against a plan handed down is no target', () => {
    const text = 'Đến ngày 30/9/2025, tỉnh giải ngân 9.870 tỷ đồng, đạt 50,3% kế hoạch vốn Thủ tướng Chính phủ giao.';
    expect(figureAt(text, '9.870 tỷ đồng').modality).toBe('actual');
  });
});
