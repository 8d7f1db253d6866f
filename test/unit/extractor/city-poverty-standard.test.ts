// A city with its own poverty standard ("chuẩn nghèo của Thành phố giai đoạn 2025 - 2030") names the standard the poor
// are counted by, as a province's does: the stretch dates no figure. A stretch that is not a standard's still does.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe("the stretch of a city's poverty standard", () => {
  it('does not date or make a target of the poor households counted by it', () => {
    const text = 'Theo chuẩn nghèo của Thành phố giai đoạn 2025 - 2030, toàn phường còn 38 hộ nghèo.';
    const f = figureAt(text, '38', { published: '2025-12-24' });
    expect(f.period).toBe('2025');
    expect(f.modality).toBe('actual');
  });

  it('a term that opens the sentence without a standard still dates it', () => {
    const text = 'Giai đoạn 2021 - 2025, thành phố giảm 5.200 hộ nghèo.';
    expect(figureAt(text, '5.200', { published: '2025-12-24' }).period).toBe('2021/2025');
  });
});
