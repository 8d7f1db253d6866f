// A feature names its commune bare in the headline ("Quỳnh Hồng “thay áo mới” …") and with its level in the text
// ("Chủ tịch UBND xã Quỳnh Hồng"): the commune is the page's place, its bare name stands for it, and the district in
// brackets after it only says where it lies. A district headline keeps the district.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const LEAD = 'Từ một xã thuần nông, sau 8 năm xây dựng nông thôn mới, Quỳnh Hồng (Quỳnh Phụ) đã hoàn thành 19/19 tiêu chí xã nông thôn mới nâng cao và đang chờ tỉnh thẩm định, công nhận trong năm nay.';
const BODY = 'Ông Nguyễn Văn Thuỷ, Chủ tịch UBND xã Quỳnh Hồng, cho biết xã đã huy động nhiều nguồn lực.\n\nNăm 2022, thu nhập bình quân đầu người đạt 68,6 triệu đồng.';

describe('a commune named bare in the headline', () => {
  it('is the place of the lead and of a later paragraph', () => {
    const text = `BÁO THÁI BÌNH ĐIỆN TỬ\n\nQuỳnh Hồng “thay áo mới” trên hành trình nông thôn mới nâng cao\n\n${LEAD}\n\n${BODY}`;
    expect(figureAt(text, '19/19').locality).toBe('xã Quỳnh Hồng');
    expect(figureAt(text, '68,6 triệu đồng').locality).toBe('xã Quỳnh Hồng');
  });

  it('a headline that names the district keeps the district', () => {
    const text = `BÁO THÁI BÌNH ĐIỆN TỬ\n\nHuyện Quỳnh Phụ: nông thôn mới nâng cao lan tỏa\n\n${LEAD}\n\n${BODY}`;
    expect(figureAt(text, '68,6 triệu đồng').locality).toBe('huyện Quỳnh Phụ');
  });
});
