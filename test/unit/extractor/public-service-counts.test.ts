// Public services and their records, flights and passengers, gift packs are counted nouns ("1.742 dịch vụ công trực
// tuyến", "38.140 kết quả", "1.486 chuyến bay", "246.300 lượt hành khách", "2.460 suất quà"); a page's read counter is not.
import { describe, expect, it } from 'vitest';
import { figureAt, figuresIn } from './helpers.ts';

describe('public-service, flight and gift counts', () => {
  it('services, records and passengers are counted as written', () => {
    const text = 'Tỉnh cung cấp 1.742 dịch vụ công trực tuyến và đã số hóa 38.140 kết quả giải quyết thủ tục hành chính. Sân bay phục vụ 1.486 chuyến bay với 246.300 lượt hành khách.';
    expect(figureAt(text, '1.742').unit).toBe('dịch vụ công trực tuyến');
    expect(figureAt(text, '38.140').unit).toBe('kết quả');
    expect(figureAt(text, '1.486').unit).toBe('chuyến bay');
    expect(figureAt(text, '246.300').unit).toBe('lượt hành khách');
  });

  it('a read counter beside them is no figure', () => {
    expect(figuresIn('Lượt xem: 2.317 | In bài')).toEqual([]);
  });
});
