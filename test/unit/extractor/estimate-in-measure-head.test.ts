// A table of places whose measure column names its estimate after the measure ("Sản lượng lúa ước năm 2024 (tấn)")
// holds estimates, as one whose heading opens on "Ước" does; a measure column that names no estimate holds results.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-12-27' };
const table = 'Diện tích và sản lượng cà phê của một số huyện năm 2024:\n\n' +
  'Địa phương | Diện tích (ha) | Sản lượng ước năm 2024 (tấn)\n' +
  'Huyện Krông Búk | 14.200 | 41.300\n' +
  'Huyện Cư Kuin | 12.650 | 37.900\n';

describe('a measure column that names its estimate after the measure', () => {
  it('"Sản lượng ước năm 2024 (tấn)" holds estimates', () => {
    expect(figureAt(table, '41.300', opts).modality).toBe('estimate');
    expect(figureAt(table, '37.900', opts).modality).toBe('estimate');
  });

  it('the area column beside it holds results', () => {
    expect(figureAt(table, '14.200', opts).modality).toBe('actual');
  });
});
