// Air routes and lines that link one place with others ("21 đường bay quốc tế thường lệ kết nối Cam Ranh với Hàn Quốc,
// …"), and a list of first ends before a shared second end ("các đường bay Hà Nội, TP Hồ Chí Minh - Cam Ranh"), name the
// route's ends, not the place the next figures belong to. A place that is its sentence's subject keeps its figures.
// Found by holdout83/002 (an airport at Tết).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-03-05', locality: 'tỉnh Kiên Giang' };

describe('routes that link places', () => {
  it('leave the linked places and the listed first ends out of the figures\' place', () => {
    const text = 'Tỉnh Kiên Giang\n\nHiện có 16 đường bay quốc tế kết nối Phú Quốc với Hàn Quốc, Đài Loan. Năm 2023, sân bay phục vụ 4,6 triệu lượt hành khách.\n\nCác hãng bổ sung chuyến bay trên các đường bay Hà Nội, TP Hồ Chí Minh - Rạch Giá; hệ số sử dụng ghế đạt 91%.\n';
    expect(figureAt(text, '4,6 triệu', opts).locality).toBe('tỉnh Kiên Giang');
    expect(figureAt(text, '91%', opts).locality).toBe('tỉnh Kiên Giang');
  });
  it('keeps a place that is its sentence\'s subject', () => {
    const text = 'Tỉnh Kiên Giang\n\nTuyến xe buýt kết nối Rạch Giá với Hà Tiên chạy 24 chuyến mỗi ngày. Thành phố Phú Quốc đón 1,2 triệu lượt khách du lịch.\n';
    expect(figureAt(text, '1,2 triệu', opts).locality).toBe('thành phố Phú Quốc');
  });
});
