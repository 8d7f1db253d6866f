// A plan named as a purpose, then its value ("Để hoàn thành dự toán năm 2025 là 4.820 tỷ đồng, …"): the amount is the
// plan's, a target, as "Dự toán năm 2025 là 4.820 tỷ đồng" is; the purpose's verb reached nothing yet.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-10-06' };

describe('the value of a plan named as a purpose', () => {
  it('is a target', () => {
    const text = 'Để hoàn thành dự toán năm 2025 là 4.820 tỷ đồng, các đơn vị phải tập trung chống thất thu.';
    expect(figureAt(text, '4.820 tỷ đồng', opts).modality).toBe('target');
  });

  it('leaves an amount collected after the purpose clause as a result', () => {
    const text = 'Để hoàn thành dự toán, ngành thuế đã thu 3.960 tỷ đồng.';
    expect(figureAt(text, '3.960 tỷ đồng', opts).modality).toBe('actual');
  });
});
