// A sentence that breaks a whole down by place, one ";" item each ("huyện Hòa Vang xảy ra 3 vụ …; quận Liên Chiểu 2 vụ
// …; quận Sơn Trà 1 vụ"), gives each place its own item; the next sentence speaks of the whole again, not of the place
// named last.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2025-02-04' };
const LEAD = 'Đà Nẵng: tai nạn giao thông dịp Tết giảm\n\nTrong 9 ngày nghỉ Tết, thành phố Đà Nẵng xảy ra 8 vụ tai nạn giao thông. ';

describe('places that break a whole down, one ";" item each', () => {
  it('each owns its own item, its later figures too', () => {
    const text = `${LEAD}Trong đó, huyện Hòa Vang xảy ra 4 vụ, làm chết 3 người; quận Cẩm Lệ 3 vụ, làm chết 1 người; quận Ngũ Hành Sơn 1 vụ. Ngoài ra, xảy ra 11 vụ va chạm giao thông, làm bị thương 15 người.`;
    expect(figureAt(text, '3 người', OPTS).locality).toBe('huyện Hòa Vang');
    expect(figureAt(text, '3 vụ', OPTS).locality).toBe('quận Cẩm Lệ');
    expect(figureAt(text, '1 vụ', OPTS).locality).toBe('quận Ngũ Hành Sơn');
  });

  it('the sentence after them speaks of the whole', () => {
    const text = `${LEAD}Trong đó, huyện Hòa Vang xảy ra 4 vụ, làm chết 3 người; quận Cẩm Lệ 3 vụ, làm chết 1 người; quận Ngũ Hành Sơn 1 vụ. Ngoài ra, xảy ra 11 vụ va chạm giao thông, làm bị thương 15 người.`;
    expect(figureAt(text, '11 vụ', OPTS).locality).toBe('thành phố Đà Nẵng');
    expect(figureAt(text, '15 người', OPTS).locality).toBe('thành phố Đà Nẵng');
  });
});

describe('a place that is no item of a breakdown', () => {
  it('one place opening a sentence with ";" still carries to the next sentence', () => {
    const text = `${LEAD}Riêng huyện Hòa Vang xảy ra 4 vụ; nguyên nhân chủ yếu do người điều khiển xe đã uống rượu bia. Ngoài ra, huyện xảy ra 6 vụ va chạm giao thông.`;
    expect(figureAt(text, '6 vụ', OPTS).locality).toBe('huyện Hòa Vang');
  });
});
