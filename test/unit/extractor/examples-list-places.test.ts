// "Một số địa phương có tỷ lệ giải ngân dưới 20% như Thành phố Hồ Chí Minh, Phú Yên, Bắc Ninh": places listed as
// examples after "như" are not the article's own place, whatever level each is; figures elsewhere in the article do
// not take the first of them. Pattern from real national pages.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2025-10-25' };

describe('places given as examples are not the article\'s place', () => {
  const text = 'Giải ngân vốn đầu tư công đạt hơn một nửa kế hoạch\n\nTính đến 23/10, giải ngân vốn đầu tư công đạt 464.828 tỷ đồng, tương đương 51,7% kế hoạch. Bộ Tài chính yêu cầu các bộ, cơ quan và đơn vị khẩn trương tháo gỡ vướng mắc về mặt bằng, vật liệu, thủ tục, điều chuyển vốn từ các dự án chậm sang các dự án có khả năng giải ngân tốt để bảo đảm mục tiêu cả năm.\n\nHiện còn trên 25.654 tỷ đồng vốn chưa được phân bổ chi tiết.\n\nMột số địa phương có tỷ lệ giải ngân dưới 20% như Thành phố Hồ Chí Minh, Phú Yên, Bắc Ninh.';
  it('the figure before the list takes none of them', () => {
    expectFigure(text, '464.828 tỷ đồng', { locality: undefined }, pub);
  });
});

describe('a place that is the sentence\'s subject still is', () => {
  it('"như" in another sense, with no list after the place', () => {
    expectFigure('Năm 2025, cũng như tỉnh Phú Yên, thu ngân sách đạt 8.200 tỷ đồng.', '8.200 tỷ đồng', { locality: 'tỉnh Phú Yên' }, pub);
  });
});
