// Headlines count visitors as "khách" without "lượt": "Hơn 12,5 triệu khách Việt du xuân". The counted noun names the
// visitors on its own, as "lượt khách" does; customers ("khách hàng") and hotels ("khách sạn") are other nouns.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2025-02-03' };

describe('"khách" counts visitors', () => {
  it('in a headline', () => {
    expectFigure('Hơn 3,4 triệu khách du xuân dịp Tết Nguyên đán', '3,4 triệu khách', { indicator: 'tourist_arrivals' }, pub);
  });
});

describe('other nouns that open with "khách"', () => {
  it('customers', () => {
    expectFigure('Ngân hàng đã hỗ trợ 1.152 khách hàng gia hạn nợ.', '1.152 khách hàng', { indicator: undefined }, pub);
  });
  it('hotels', () => {
    expectFigure('Toàn tỉnh có 96 khách sạn từ 3 sao trở lên.', '96 khách sạn', { indicator: undefined }, pub);
  });
});
