// An official says what a year must bring ("Năm 2024 tỉnh phải tăng thêm ít nhất 250.000 lượt khách so với năm 2023"):
// what must be gained is aimed at, as "phải đạt" is, though the year has begun. A duty to step up work ("phải tăng cường
// kiểm tra") or a forced cut ("phải giảm giá") sets no aim for the figures after it.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const pub = { published: '2024-03-15' };
const head = 'Du lịch tỉnh năm 2024\n\n';

describe('what must be gained', () => {
  it('"phải tăng thêm ít nhất …" is a target', () => {
    const text = `${head}"Năm 2024 tỉnh phải tăng thêm ít nhất 250.000 lượt khách so với năm 2023", Giám đốc Sở nói.`;
    expect(figureAt(text, '250.000 lượt khách', pub).modality).toBe('target');
  });
});

describe('a duty or a forced move', () => {
  it('"phải tăng cường kiểm tra" leaves the count a result', () => {
    const text = `${head}Các đoàn phải tăng cường kiểm tra, qua đó phát hiện 38 vụ vi phạm về giá dịch vụ.`;
    expect(figureAt(text, '38 vụ', pub).modality).toBe('actual');
  });
});
