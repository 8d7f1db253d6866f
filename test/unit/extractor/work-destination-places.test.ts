// A district report explains a low insurance rate by workers who "đi làm ăn xa ở Thành phố Hồ Chí Minh và Bình
// Dương": the places are where people went, named in passing. They must not become what "toàn tỉnh" means in the
// next paragraph, while a province named as the subject still is.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { locality: undefined, published: '2024-03-05' };
const page = (middle: string) => `Bạc Liêu: kết quả năm 2023\n\nTỉnh Bạc Liêu có 7 đơn vị cấp huyện. ${middle}\n\nNăm 2023 toàn tỉnh có 43/49 xã đạt chuẩn nông thôn mới.`;

describe('places named as where workers go are no subject', () => {
  it('"đi làm ăn xa ở A và B" leaves "toàn tỉnh" to the article\'s province', () => {
    const text = page('Nhiều lao động đi làm ăn xa ở Thành phố Hồ Chí Minh và Bình Dương nên khó vận động tham gia bảo hiểm.');
    expect(figureAt(text, '43/49', opts).locality).toBe('tỉnh Bạc Liêu');
  });
  it('"đi làm việc tại" a province is a destination too', () => {
    const text = page('Nhiều thanh niên đi làm việc tại Bình Dương.');
    expect(figureAt(text, '43/49', opts).locality).toBe('tỉnh Bạc Liêu');
  });
  it('a province spoken of as a subject is still the one "toàn tỉnh" means', () => {
    const text = page('Tỉnh Bình Dương hỗ trợ nhiều lao động của tỉnh.');
    expect(figureAt(text, '43/49', opts).locality).toBe('tỉnh Bình Dương');
  });
});
