// "Chiều 8/11, tại Hà Nội, Văn phòng Chính phủ tổ chức họp báo …": the capital is where a national body meets, so the
// figures it gives are the country's. A city that opens its own report stays the subject.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2025-11-08' };

describe('a national body meeting in the capital', () => {
  it('"tại Hà Nội, Văn phòng Chính phủ …" gives the country\'s figures', () => {
    const text = 'Họp báo Chính phủ thường kỳ tháng 10\n\nChiều 8/11, tại Hà Nội, Văn phòng Chính phủ tổ chức họp báo Chính phủ thường kỳ. Bộ trưởng cho biết, tình hình kinh tế - xã hội nước ta tiếp tục tích cực. Thu ngân sách nhà nước 10 tháng đạt 2,18 triệu tỷ đồng, tăng 28,5% so với cùng kỳ.';
    expect(figureAt(text, '2,18 triệu tỷ đồng', OPTS)).toMatchObject({ indicator: 'budget_revenue', locality: 'cả nước' });
  });

  it('"tại Hà Nội, Bộ Tài chính …" too', () => {
    const text = 'Chiều 6/11, tại Hà Nội, Bộ Tài chính công bố số liệu. Kim ngạch xuất khẩu của Việt Nam 10 tháng đạt 391 tỷ USD.';
    expect(figureAt(text, '391 tỷ USD', OPTS).locality).toBe('cả nước');
  });

  it('the city\'s own People\'s Committee keeps the city\'s figures', () => {
    const text = 'Sáng 6/11, tại Hà Nội, UBND thành phố họp phiên thường kỳ. Thu ngân sách trên địa bàn 10 tháng đạt 510.000 tỷ đồng.';
    expect(figureAt(text, '510.000 tỷ đồng', OPTS).locality).toBe('thành phố Hà Nội');
  });
});
