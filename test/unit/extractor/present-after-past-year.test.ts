// A figure its own words put in the present ("… xuống còn 7,4% hiện nay", a sentence opening "Đến nay, …") stands at the
// report's frame, not at a past year named before it in its paragraph ("Thu nhập … năm 2023 đạt …").
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const LEAD = 'Ngày 5/10, UBND huyện Tân Lạc tổ chức hội nghị đánh giá tình hình kinh tế - xã hội 9 tháng năm 2024.\n\n';

describe('the present after a past year', () => {
  it('a sentence opening on "Đến nay" is the report\'s, not the year named in the sentence before', () => {
    const text = `${LEAD}Thu nhập bình quân đầu người năm 2023 đạt 45,2 triệu đồng. Đến nay, toàn huyện có 9/16 xã đạt chuẩn nông thôn mới.`;
    expect(figureAt(text, '45,2 triệu').period).toBe('2023');
    expect(figureAt(text, '9/16').period).toBe('2024-9M');
  });

  it('"hiện nay" right after a figure dates it now, the starting year still its own', () => {
    const text = `${LEAD}Thu nhập bình quân đầu người năm 2023 đạt 45,2 triệu đồng; tỷ lệ hộ nghèo giảm từ 18,6% năm 2020 xuống còn 7,4% hiện nay.`;
    expect(figureAt(text, '7,4%').period).toBe('2024-9M');
    expect(figureAt(text, '18,6%').period).toBe('2020');
  });

  it('a past year named in the present sentence itself still dates what follows it', () => {
    const text = `${LEAD}Thu nhập bình quân đầu người năm 2023 đạt 45,2 triệu đồng. Đến nay, toàn huyện có 9/16 xã đạt chuẩn nông thôn mới, trong đó năm 2023 có thêm 2 xã.`;
    expect(figureAt(text, '2 xã').period).toBe('2023');
  });

  it('without words of the present the year named before goes on dating its paragraph', () => {
    const text = `${LEAD}Thu nhập bình quân đầu người năm 2023 đạt 45,2 triệu đồng. Toàn huyện có 9/16 xã đạt chuẩn nông thôn mới.`;
    expect(figureAt(text, '9/16').period).toBe('2023');
  });
});
