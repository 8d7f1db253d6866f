// Market control counts the goods it seizes by their packaging: "tạm giữ 3.500 bao thuốc lá điếu nhập lậu, 1.200 chai
// rượu ngoại, 850 hộp sữa …, 2.400 thùng nước giải khát và 460 túi xách giả mạo nhãn hiệu". Each is a count in the
// package as written (seized-goods-packages). Outside a seizure such a count is one delivery or gift of a story ("bộ đội
// biên phòng … mang theo 20 thùng mì tôm"), and a word that only starts the same way ("bao gồm") counts nothing.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

const opts = { published: '2024-12-20' };

describe('seized goods counted by their packaging', () => {
  it('bags, bottles, boxes, crates and bags', () => {
    const text = 'Trong năm, lực lượng quản lý thị trường tỉnh đã tạm giữ 3.500 bao thuốc lá điếu nhập lậu, 1.200 chai rượu ngoại, 850 hộp sữa không rõ nguồn gốc, 2.400 thùng nước giải khát và 460 túi xách giả mạo nhãn hiệu.';
    expect(figureAt(text, '3.500', opts).unit).toBe('bao');
    expect(figureAt(text, '1.200', opts).unit).toBe('chai');
    expect(figureAt(text, '850', opts).unit).toBe('hộp');
    expect(figureAt(text, '2.400', opts).unit).toBe('thùng');
    expect(figureAt(text, '460', opts).unit).toBe('túi');
  });

  it('a delivery of a story is no figure', () => {
    expectNoFigureAt('Đến trưa 1/10, bộ đội biên phòng mới tiếp cận được nhà ông bằng xuồng máy, mang theo 20 thùng mì tôm và nước uống.', '20 thùng', opts);
  });

  it('a number before other words counts nothing', () => {
    expectNoFigureAt('Đoàn kiểm tra gồm 5 thành phần, bao gồm đại diện các sở, ngành.', '5', opts);
  });
});
