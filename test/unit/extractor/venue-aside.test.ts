// Event news places its hall: "tại Trung tâm Hội nghị tỉnh (phường Rạch Giá), Sở Nội vụ tổ chức Ngày hội việc làm với 68
// doanh nghiệp". The ward in brackets says where the hall stands; the province's fair owns its figures.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2026-03-09' };
const HEAD = 'BÁO AN GIANG\n\nNgày hội việc làm tỉnh An Giang năm 2026\n\n';

describe('a ward in brackets after a venue', () => {
  it('the fair held "tại Trung tâm Hội nghị tỉnh (phường Rạch Giá)" is the province\'s', () => {
    const text = `${HEAD}Sáng 7/3, tại Trung tâm Hội nghị tỉnh (phường Rạch Giá), Sở Nội vụ tổ chức Ngày hội việc làm với sự tham gia của 68 doanh nghiệp.`;
    expect(figureAt(text, '68', OPTS).locality).toBe('tỉnh An Giang');
  });

  it('a ward named as the organiser still owns its figures', () => {
    const text = `${HEAD}Sáng 7/3, UBND phường Rạch Giá tổ chức phiên giao dịch việc làm với sự tham gia của 24 doanh nghiệp.`;
    expect(figureAt(text, '24', OPTS).locality).toBe('phường Rạch Giá');
  });
});
