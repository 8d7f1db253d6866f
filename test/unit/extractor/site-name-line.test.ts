// A site's name alone on the page's first line ("ĐÀ NẴNG ONLINE", "Tuyên Quang điện tử") says who publishes, as "Báo …"
// does: a ward the headline is about stays the page's place; with no other place in the head the site's place stands.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const BODY = 'Theo báo cáo tại hội nghị sơ kết, sau một năm vận hành mô hình mới, bộ phận một cửa đã tiếp nhận 41.260 hồ sơ thủ tục hành chính của người dân và doanh nghiệp trên địa bàn.';

describe('a site name line names the publisher', () => {
  it('a ward in the headline wins over the city in the site name', () => {
    const text = `ĐÀ NẴNG ONLINE\nThời sự   Kinh tế   Xã hội\n\nPhường Hải Châu sau một năm vận hành chính quyền hai cấp\n\n${BODY}`;
    expect(figureAt(text, '41.260 hồ sơ').locality).toBe('phường Hải Châu');
  });

  it('with no other place in the head, the site name\'s city is the page\'s', () => {
    const text = `ĐÀ NẴNG ONLINE\nThời sự   Kinh tế   Xã hội\n\nMột năm vận hành chính quyền hai cấp\n\n${BODY}`;
    expect(figureAt(text, '41.260 hồ sơ').locality).toBe('thành phố Đà Nẵng');
  });
});
