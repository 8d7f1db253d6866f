// A merged province's plan, split in a bracket among the provinces it was formed from ("(khu vực Tiền Giang cũ 6.214 tỷ
// đồng, khu vực Đồng Tháp cũ 5.294 tỷ đồng)"): each part is planned too.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a plan split among former provinces', () => {
  it('keeps each part a target', () => {
    const text = 'Kế hoạch vốn Thủ tướng Chính phủ giao năm 2025 là 9.840 tỷ đồng (khu vực Bạc Liêu cũ 4.120 tỷ đồng, khu vực Cà Mau cũ 5.720 tỷ đồng).';
    expect(figureAt(text, '4.120 tỷ đồng', { published: '2025-10-02' }).modality).toBe('target');
    expect(figureAt(text, '5.720 tỷ đồng', { published: '2025-10-02' }).modality).toBe('target');
  });

  it('leaves what a former province disbursed after the plan', () => {
    const text = 'Kế hoạch vốn năm 2025 là 9.840 tỷ đồng, khu vực Bạc Liêu cũ đã giải ngân 2.310 tỷ đồng.';
    expect(figureAt(text, '2.310 tỷ đồng', { published: '2025-10-02' }).modality).toBe('actual');
  });
});
