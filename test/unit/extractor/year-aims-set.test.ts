// A district party committee "xác định năm 2024 giảm tỷ lệ hộ nghèo từ 1 - 1,2%, giải quyết việc làm cho 2.200 lao
// động": what it resolves a running year will do are targets. Naming the year's character ("xác định năm 2024 là năm
// bứt phá") or a year already over says nothing of aims.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-03-05' };

describe('"xác định năm YYYY <verb>" for a year not over sets targets', () => {
  it('the figures after it in the sentence are targets', () => {
    const text = 'Huyện ủy Đông Hải xác định năm 2024 giảm tỷ lệ hộ nghèo từ 1 - 1,2%, giải quyết việc làm cho 2.200 lao động.';
    expect(figureAt(text, '1 - 1,2%', opts).modality).toBe('target');
    expect(figureAt(text, '2.200', opts).modality).toBe('target');
  });
  it('"xác định năm 2024 là năm bứt phá" sets no target', () => {
    const text = 'Huyện ủy xác định năm 2024 là năm bứt phá, khi huyện đã giải quyết việc làm cho 2.200 lao động.';
    expect(figureAt(text, '2.200', opts).modality).toBe('actual');
  });
  it('a year already over gives results', () => {
    const text = 'Huyện ủy xác định năm 2023 giải quyết việc làm cho 2.200 lao động.';
    expect(figureAt(text, '2.200', opts).modality).toBe('actual');
  });
});
