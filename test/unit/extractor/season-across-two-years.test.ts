// "vụ lúa mùa 2025–2026" on the rice-shrimp fields, "vụ thu đông 2025 - 2026": a season written with the two years it
// spans is that crop year (2025/2026), as "vụ Đông Xuân 2025 - 2026" is; a season with one year keeps that year.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-10-11' };

describe('a season named with two years', () => {
  it('"vụ lúa mùa 2025–2026" dates its figures by the crop year', () => {
    const text = 'Vụ lúa mùa 2025–2026 trên đất tôm – lúa, toàn tỉnh đã xuống giống gần 100.000 ha.';
    expect(figureAt(text, '100.000 ha', opts).period).toBe('2025/2026');
  });

  it('"vụ thu đông 2025 - 2026" too', () => {
    const text = 'Vụ thu đông 2025 - 2026, huyện xuống giống 8.400 ha lúa.';
    expect(figureAt(text, '8.400 ha', opts).period).toBe('2025/2026');
  });

  it('"vụ mùa 2025" is that year', () => {
    const text = 'Vụ mùa 2025, toàn tỉnh gieo cấy 52.300 ha lúa.';
    expect(figureAt(text, '52.300 ha', opts).period).toBe('2025');
  });
});
