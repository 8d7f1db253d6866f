// "xuống giống lúa 3 vụ được 9.240 ha": the number of seasons a field is sown in a year names the kind of rice land, so
// it is no count of cases; "xảy ra 3 vụ tai nạn" still counts cases.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

const HEAD = 'Thành phố tổng kết năm 2023\n\n';

describe('seasons in the name of rice land', () => {
  it('"lúa 3 vụ" is no figure', () => {
    expectNoFigureAt(`${HEAD}Trong năm, thành phố xuống giống lúa 3 vụ được 9.240 ha.`, '3 vụ');
  });

  it('cases counted after a verb stay a figure', () => {
    const text = `${HEAD}Trên tuyến đê bao lúa 2 vụ, trong năm xảy ra 3 vụ tai nạn giao thông.`;
    expect(figureAt(text, '3 vụ tai nạn').unit).toBe('vụ');
  });
});
