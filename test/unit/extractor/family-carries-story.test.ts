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
});
