// "GDP quý III/2025 ước tăng 8,23%, chỉ thấp hơn mức tăng 14,38% của quý III/2022": a quarter of a year named right
// after a figure ("của quý III/2022", "của quý I năm 2024") dates that figure, as "của năm 2022" does.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2025-10-06' };

describe('a quarter of a year right after the figure', () => {
  it('"14,38% của quý III/2022" is that quarter\'s', () => {
    const text = 'GDP quý III/2025 ước tăng 8,23% so với cùng kỳ năm trước, chỉ thấp hơn mức tăng 14,38% của quý III/2022.';
    expect(figureAt(text, '14,38%', OPTS)).toMatchObject({ period: '2022-Q3', modality: 'actual' });
    expect(figureAt(text, '8,23%', OPTS).period).toBe('2025-Q3');
  });

  it('"của quý I năm 2024" too', () => {
    const text = 'Quý I/2025, GRDP của tỉnh tăng 7,1%, cao hơn mức 6,2% của quý I năm 2024.';
    expect(figureAt(text, '6,2%', OPTS).period).toBe('2024-Q1');
  });

  it('a quarter not right after the figure leaves it to its sentence', () => {
    const text = 'Quý III/2025, GRDP của tỉnh tăng 8,1%, là mức tăng cao nhất từ quý III/2022.';
    expect(figureAt(text, '8,1%', OPTS).period).toBe('2025-Q3');
  });
});
