// "tổng diện tích gieo trồng 2 vụ đạt 19.480 ha", "nông dân gieo cấy cả 3 vụ": "vụ" right after a sowing verb counts the
// crops a year, how the land is farmed, as "3 vụ lúa" already does (crop-seasons-count); "phát hiện 2 vụ" stays cases.
import { describe, expect, it } from 'vitest';
import { figuresIn } from './helpers.ts';

const opts = { published: '2022-10-06', locality: 'huyện Bình Sơn' };

describe('"N vụ" right after a sowing verb', () => {
  it('is no figure, in NFC as in NFD', () => {
    for (const text of [
      'Tổng diện tích gieo trồng 2 vụ đạt 19.480 ha, bằng 97,4% kế hoạch.',
      'Nông dân trong xã gieo cấy cả 3 vụ trên 1.200 ha đất lúa.'.normalize('NFD'),
    ]) {
      const texts = figuresIn(text, opts).map((f) => f.text.normalize('NFC'));
      expect(texts.some((t) => t.endsWith('vụ'))).toBe(false);
      expect(texts.length).toBeGreaterThan(0);
    }
  });

  it('leaves a count of cases after other verbs', () => {
    const f = figuresIn('Trong 9 tháng, lực lượng chức năng phát hiện 2 vụ vi phạm về khai thác cát.', opts).find((x) => x.text === '2 vụ');
    expect(f?.value).toBe(2);
  });
});
