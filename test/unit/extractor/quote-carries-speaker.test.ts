// A quote split over sentences belongs to whoever says it: the sentence that opens it without closing it, and the one
// that closes it, go on with the sentence before. After a villager's story the quoted catch is his; after an
// official's report the quoted plan stays a report.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('a quote split over sentences', () => {
  it('a fisherman\'s catch inside his quote is his story', () => {
    const text = 'Ở khu neo đậu, ông Lê Văn Sáu, 61 tuổi, ngồi lặng bên con tàu bị sóng đánh vỡ mạn. “Chuyến biển trước bão, 5 anh em đi 6 ngày được gần 2 tấn mực ống, bán được 280 triệu đồng. Giờ tàu hỏng, sửa chắc hết 400 triệu đồng”, ông Sáu nói, giọng khàn đặc.';
    expectNoFigureAt(text, '2 tấn');
    expectNoFigureAt(text, '280 triệu đồng');
    expectNoFigureAt(text, '400 triệu đồng');
  });

  it('an official\'s quote after his report keeps its figures', () => {
    const text = 'Ông Nguyễn Văn Mạnh, Chủ tịch UBND huyện, cho biết toàn huyện có 412 tàu cá. “Năm 2024, huyện phấn đấu sản lượng thủy sản đạt 10.500 tấn. Huyện sẽ hỗ trợ ngư dân sửa 61 tàu bị hư hỏng”, ông Mạnh nói.';
    expect(figureAt(text, '10.500 tấn').value).toBe(10500);
    expect(figureAt(text, '61 tàu').value).toBe(61);
  });
});
