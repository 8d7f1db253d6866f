// "… số lượng khách quốc tế đến tăng cao ở nhiều địa phương: Đà Nẵng ước đón gần 177.000 lượt; Hà Nội ước đón gần
// 103.000 lượt khách, …": a colon heading inside the sentence names the narrower kind (international visitors) for an
// item whose own unit names only the wider one ("lượt khách"), when nothing else is named in between.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2024-02-16' };

describe('a colon heading inside the sentence', () => {
  it('narrows an item\'s unit indicator', () => {
    const text = 'Dịp Tết, số lượng khách quốc tế đến tăng cao ở nhiều địa phương: Đà Nẵng ước đón gần 177.000 lượt; Hà Nội ước đón gần 103.000 lượt khách, tăng gấp 2,2 lần.';
    expectFigure(text, '103.000', { indicator: 'international_tourist_arrivals' }, opts);
  });
  it('does not narrow an item that names its own kind', () => {
    const text = 'Dịp Tết, số lượng khách quốc tế đến tăng cao ở nhiều địa phương: Đà Nẵng ước đón gần 177.000 lượt khách quốc tế; riêng khách nội địa, Hà Nội ước đón 653.000 lượt khách.';
    expectFigure(text, '653.000', { indicator: 'tourist_arrivals' }, opts);
  });
});
