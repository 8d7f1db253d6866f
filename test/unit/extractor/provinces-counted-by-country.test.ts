// A provincial page on FDI says "Trong 10 tháng, đã có 42 tỉnh, thành phố có dự án đầu tư nước ngoài": a count of
// provinces cannot be one province's, so it is the country's. A count of districts or communes on the same page is
// still the province's.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const page = (body: string) => 'Quảng Ninh thu hút FDI 10 tháng năm 2024\n\nTỉnh cấp mới 18 dự án FDI.\n\n' + body;

describe('a count of provinces on a province\'s page', () => {
  it('belongs to the country', () => {
    expect(figureAt(page('Trong 10 tháng, đã có 42 tỉnh, thành phố có dự án đầu tư nước ngoài.'), '42').locality).toBe('cả nước');
  });

  it('leaves a count of districts to the province', () => {
    expect(figureAt(page('Trong 10 tháng, đã có 9 huyện, thị xã có dự án đầu tư nước ngoài.'), '9 huyện').locality).toBe('tỉnh Quảng Ninh');
  });
});
