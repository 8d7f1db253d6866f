// "Năm nay, gia đình thu hoạch hơn 20 tấn bưởi" after a farmer is introduced: the family is his, and the sentence
// goes on with his story. After a report, the same words stay a report; "gia đình chính sách" is a class of people.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('a sentence that opens on "gia đình"', () => {
  it('goes on with the story before it', () => {
    const text = 'Ông Nguyễn Văn Tám, 58 tuổi, ở ấp 3, xã Phú Hưng, là một trong những hộ tiên phong trồng bưởi. Năm nay, gia đình thu hoạch hơn 20 tấn bưởi, lãi khoảng 400 triệu đồng.';
    expectNoFigureAt(text, '20 tấn');
    expectNoFigureAt(text, '400 triệu đồng');
  });

  it('"Gia đình ông …" too', () => {
    const text = 'Ông Nguyễn Văn Tám, 58 tuổi, ở ấp 3, xã Phú Hưng, là hộ tiên phong trồng bưởi. Gia đình ông có 2 ha vườn, mỗi năm lãi khoảng 400 triệu đồng.';
    expectNoFigureAt(text, '400 triệu đồng');
  });

  it('after a report it stays a report', () => {
    const text = 'Năm 2024, toàn huyện có 3.200 hộ trồng bưởi. Gia đình chính sách được hỗ trợ 1.250 căn nhà tình nghĩa.';
    expect(figureAt(text, '1.250').value).toBe(1250);
  });

  it('a phrase set off by a comma may stand before "gia đình"', () => {
    const text = 'Ông Lê Văn Giàu, 47 tuổi, ở thôn An Phúc, xã An Khang, trồng 3 sào cà chua. Từ trồng rau, gia đình có thêm thu nhập 70 triệu đồng mỗi năm.';
    expectNoFigureAt(text, '70 triệu đồng');
  });

  it('the family by a bare pronoun anywhere in the sentence ("của gia đình ông", "Vợ chồng anh") goes on with the story', () => {
    const farm = 'Điển hình như ông Nguyễn Văn Bảy ở xóm 7, xã Thanh Thủy. Được Hội Nông dân cho vay vốn, cùng với vốn liếng của gia đình ông quyết định mua 8 con bò.';
    expectNoFigureAt(farm, '8 con');
    const couple = 'Gia đình anh Phạm Văn Phúc có 2 ha đất đồi. Vợ chồng anh đã vay vốn ngân hàng để mua 3 máy xúc trị giá trên 2 tỷ đồng.';
    expectNoFigureAt(couple, '2 tỷ đồng');
  });

  it('a villager introduced with his hamlet in brackets opens a story', () => {
    expectNoFigureAt('Anh Lê Đức Hòa (thôn An Phúc, xã An Khang) cho hay, năm nay gia đình thu 15 tấn cà chua.', '15 tấn');
  });

  it('one sentence naming nobody inside a story does not end it', () => {
    const text = 'Anh Lê Đức Hòa (thôn An Phúc, xã An Khang) trồng 3 sào cà chua. Giống rau mới được khách hàng ưa chuộng. Từ trồng rau, gia đình có thêm thu nhập 70 triệu đồng mỗi năm.';
    expectNoFigureAt(text, '70 triệu đồng');
  });

  it('a report on the district\'s families stays a report after a report', () => {
    const text = 'Năm 2024, toàn huyện có 3.200 hộ trồng bưởi. Nhiều giống mới được đưa vào sản xuất. Nhờ chuyển đổi cây trồng, thu nhập của gia đình nông dân tăng bình quân 12%.';
    expect(figureAt(text, '12%').value).toBe(12);
  });
});
