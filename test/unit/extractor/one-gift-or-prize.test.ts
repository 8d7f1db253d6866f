// What one gift or one prize holds ("mỗi phần gồm 10 kg gạo", "Giải Nhất nam có giá trị 60 triệu đồng") is a detail of
// one event, not a figure; the total handed out, and a yearly amount after "mỗi năm", still are.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('the contents or value of one gift or prize', () => {
  it('"mỗi phần gồm 10 kg gạo" is no figure', () => {
    expectNoFigureAt('Đoàn đã trao quà cho các hộ khó khăn, mỗi phần gồm 10 kg gạo và nhu yếu phẩm.', '10 kg');
  });

  it('"mỗi suất trị giá 1 triệu đồng" is no figure', () => {
    expectNoFigureAt('Hội Khuyến học trao học bổng cho học sinh nghèo, mỗi suất trị giá 1 triệu đồng.', '1 triệu đồng');
  });

  it('"Mỗi gói quà trị giá 500.000 đồng gồm 10 kg gạo": the contents after the value are no figure either', () => {
    expectNoFigureAt('Đoàn trao 300 gói quà cho người dân. Mỗi gói quà trị giá 500.000 đồng gồm 10 kg gạo, dầu ăn và nước mắm.', '10 kg');
  });

  it('the goods handed out in all after a gift\'s value are still a figure', () => {
    expect(figureAt('Mỗi gói quà trị giá 500.000 đồng; tổng cộng tỉnh đã cấp 150 tấn gạo cho người dân.', '150 tấn').value).toBe(150);
  });

  it('"Giải Nhất nam có giá trị 60 triệu đồng" is no figure', () => {
    expectNoFigureAt('Các đội tranh tài sôi nổi trên sông. Giải Nhất nam có giá trị 60 triệu đồng.', '60 triệu đồng');
  });

  it('a yearly value after "mỗi năm … trị giá" is still a figure', () => {
    expect(figureAt('Làng nghề mỗi năm xuất bán hàng hóa trị giá 500 tỷ đồng.', '500 tỷ đồng').value).toBe(500e9);
  });

  it('the total handed out is still a figure', () => {
    expect(figureAt('Toàn tỉnh đã trao 1.250 suất học bổng, tổng trị giá 1,9 tỷ đồng.', '1,9 tỷ đồng').value).toBe(1.9e9);
  });

  it('"mỗi suất 500.000 đồng" without "trị giá" is no figure', () => {
    expectNoFigureAt('Hội Chữ thập đỏ trao 350 suất quà cho hộ nghèo, mỗi suất 500.000 đồng.', '500.000 đồng');
  });

  it('cash in a gift\'s contents ("gồm 10 kg gạo và 300.000 đồng") is no figure', () => {
    expectNoFigureAt('Huyện trao 200 phần quà, mỗi phần quà gồm 10 kg gạo và 300.000 đồng tiền mặt.', '300.000 đồng');
  });

  it('money given to each household (no gift noun) is still a figure', () => {
    expect(figureAt('Huyện hỗ trợ mỗi hộ 10 triệu đồng để sửa chữa nhà ở.', '10 triệu đồng').value).toBe(10e6);
  });

  it('the value of each gift written after it ("500 nghìn đồng tiền mặt mỗi suất", "1,2 triệu đồng/suất") is no figure', () => {
    expectNoFigureAt('300 người cao tuổi được nhận quà Tết với mức hỗ trợ 500 nghìn đồng tiền mặt mỗi suất.', '500 nghìn đồng');
    expectNoFigureAt('Mỗi địa phương được phân bổ 200 suất quà, mức 1,2 triệu đồng/suất.', '1,2 triệu đồng');
    expect(figureAt('Mỗi địa phương được phân bổ 200 suất quà, tổng kinh phí 240 triệu đồng.', '240 triệu đồng').value).toBe(240e6);
  });
});
