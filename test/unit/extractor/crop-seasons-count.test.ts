// "nông dân xuống giống 3 vụ lúa được 6.100 ha": "vụ" before a crop counts the crops a year, how the land is farmed, not
// cases of crime or accidents; "xảy ra 3 vụ" keeps being a count of cases.
import { describe, expect, it } from 'vitest';
import { figuresIn } from './helpers.ts';

const opts = { published: '2024-12-18', locality: 'huyện Trà Cú' };

describe('"N vụ" before a crop', () => {
  it('is no figure', () => {
    const texts = figuresIn('Năm 2024, nông dân xuống giống 3 vụ lúa được 6.100 ha; nhiều hộ luân canh 2 vụ tôm.', opts).map((f) => f.text);
    expect(texts).toEqual(['6.100 ha']);
  });

  it('leaves a count of cases', () => {
    const f = figuresIn('Năm 2024, trên địa bàn xảy ra 3 vụ cháy lúa, thiệt hại 12 ha.', opts).find((x) => x.text === '3 vụ');
    expect(f?.value).toBe(3);
  });
});
