// A paragraph names international visitors, then a sentence of its own counts the sights' visitors at large ("các
// điểm đến thu hút đông khách nhất lần lượt đón … lượt"): those counts are all visitors, not the narrower kind the
// sentence before named. A sentence that names the narrower kind again, or names no visitors at all, goes on with it.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const pub = { published: '2024-02-20' };
const lead = 'Năm 2023, toàn tỉnh đón 2,6 triệu lượt khách, trong đó khách quốc tế đạt 48.000 lượt.';

describe('visitors at large named again', () => {
  it('counts the sights\' visitors as all visitors', () => {
    const text = `${lead} Hai điểm đến thu hút đông khách nhất là chùa Dơi và cồn Mỹ Phước, lần lượt đón 310.000 lượt và 190.000 lượt.`;
    expect(figureAt(text, '310.000 lượt', pub).indicator).toBe('tourist_arrivals');
  });
});

describe('the narrower kind goes on', () => {
  it('when the sentence names it again', () => {
    const text = `${lead} Riêng tháng 12, khách quốc tế đến tỉnh đạt 6.200 lượt.`;
    expect(figureAt(text, '6.200 lượt', pub).indicator).toBe('international_tourist_arrivals');
  });
});
