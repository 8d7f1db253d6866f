// A government portal's or a party committee's site named over the page ("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐIỆN BIÊN",
// "TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH GIA LAI") says who publishes, as a paper's or a station's name does: the district
// the headline names through its party committee is the place of every paragraph that names none.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'Huyện ủy Chư Prông tổng kết công tác năm 2023\n\n';
const BODY = 'Ngày 20/12, Ban Chấp hành Đảng bộ huyện Chư Prông tổ chức hội nghị tổng kết công tác năm 2023. Năm qua, kinh tế của huyện tiếp tục tăng trưởng khá, các lĩnh vực văn hóa - xã hội có nhiều chuyển biến.\n\n' +
  'Tỷ lệ hộ nghèo giảm còn 4,26%; toàn Đảng bộ kết nạp 214 đảng viên mới.';

describe('a portal\'s or a party site\'s name names the publisher', () => {
  it('the headline\'s district owns a later paragraph under a party site\'s name', () => {
    const text = `TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH GIA LAI\nTrang chủ | Tin hoạt động | Văn bản\n\n${HEAD}${BODY}`;
    expect(figureAt(text, '4,26%').locality).toBe('huyện Chư Prông');
    expect(figureAt(text, '214').locality).toBe('huyện Chư Prông');
  });

  it('a provincial portal names its province the same way', () => {
    const text = `Cổng thông tin điện tử tỉnh Gia Lai\n\n${HEAD}${BODY}`;
    expect(figureAt(text, '4,26%').locality).toBe('huyện Chư Prông');
  });

  it('a portal named inside a sentence is no masthead: its province stays a place of the text', () => {
    const text = `Theo tin đăng trên Cổng thông tin điện tử tỉnh Gia Lai\n\nTổng kết công tác năm 2023\n\n${BODY.replace(/huyện Chư Prông/, 'các huyện')}`;
    expect(figureAt(text, '4,26%').locality).toBe('tỉnh Gia Lai');
  });
});

describe('a district\'s own portal', () => {
  it('names the page\'s district, not a publisher above it', () => {
    const text = `CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CHƯ PRÔNG - TỈNH GIA LAI\n\nTổng kết công tác năm 2023\n\n${BODY.replace(/huyện Chư Prông/, 'huyện')}`;
    expect(figureAt(text, '4,26%').locality).toBe('huyện Chư Prông');
  });
});
