// "1.426 nhà bị ngập, trong đó 87 nhà bị hư hỏng": houses counted after a flood are a damage tally; longer nouns that
// open with "nhà" keep their own meaning ("2 nhà máy" counts factories, not houses).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('houses counted by the bare noun "nhà"', () => {
  it('"1.426 nhà bị ngập" is a count of houses', () => {
    const f = figureAt('Toàn tỉnh có 1.426 nhà bị ngập, trong đó 87 nhà bị hư hỏng, tốc mái.', '1.426');
    expect([f.value, f.unit]).toEqual([1426, 'nhà']);
    expect(figureAt('Toàn tỉnh có 1.426 nhà bị ngập, trong đó 87 nhà bị hư hỏng, tốc mái.', '87').unit).toBe('nhà');
  });

  it('"2 nhà máy" counts factories, not houses', () => {
    expect(figureAt('Năm 2024, tỉnh đưa vào hoạt động 2 nhà máy xử lý rác thải.', '2 nhà').unit).toBe('nhà máy');
  });
});
