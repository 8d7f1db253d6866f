// The items of a "lần lượt" list share the words before it: "Năng suất một số cây trồng như mía, ngô lần lượt đạt 640
// tạ/ha và 52 tạ/ha" names crops other than rice for every item, not only the first; rice seasons listed so are rice.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('words against an indicator before a "lần lượt" list', () => {
  it('crops other than rice named before the list keep every item from the rice yield', () => {
    const text = 'Năm 2024, năng suất một số cây trồng chủ lực như mía, ngô lần lượt đạt 640 tạ/ha và 52 tạ/ha.';
    expect(figureAt(text, '640 tạ/ha').indicator).toBeUndefined();
    expect(figureAt(text, '52 tạ/ha').indicator).toBeUndefined();
  });

  it('rice seasons listed the same way stay the rice yield', () => {
    const text = 'Năm 2024, năng suất lúa vụ Đông Xuân và vụ Hè Thu lần lượt đạt 68 tạ/ha và 56 tạ/ha.';
    expect(figureAt(text, '68 tạ/ha').indicator).toBe('rice_yield');
    expect(figureAt(text, '56 tạ/ha').indicator).toBe('rice_yield');
  });
});
