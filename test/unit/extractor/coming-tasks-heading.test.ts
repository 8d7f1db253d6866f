// "Chiều 1/12, UBND thành phố … đánh giá tình hình … tháng 11, 11 tháng và triển khai nhiệm vụ tháng 12 năm 2022. Kết
// quả trên các lĩnh vực như sau:" (a city portal's monthly report): a list heading ending the lead names no period of
// its own; the month of the tasks the meeting sets ("triển khai nhiệm vụ tháng 12") heads none of the results listed
// after it. A period the heading's own sentence names still heads its list.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2024-10-02' };

describe('the coming tasks\' month in the sentence before a list heading', () => {
  it('does not date the results listed', () => {
    const text = 'Tin kinh tế\n\nChiều 1/10, UBND huyện họp đánh giá kết quả 9 tháng năm 2024 và triển khai nhiệm vụ tháng 10 năm 2024. Kết quả cụ thể như sau:\n\n- Thu ngân sách trên địa bàn đạt 412 tỷ đồng, bằng 81% dự toán.\n- Giải quyết việc làm cho 2.350 lao động.';
    expect(figureAt(text, '412 tỷ đồng', OPTS).period).toBe('2024-9M');
    expect(figureAt(text, '2.350 lao động', OPTS).period).toBe('2024-9M');
  });
});

describe('a period in the heading\'s own sentence', () => {
  it('still heads its list', () => {
    const text = 'Tin kinh tế\n\nChiều 1/10, UBND huyện họp triển khai nhiệm vụ tháng 10 năm 2024. Kết quả tháng 9 năm 2024 như sau:\n\n- Thu ngân sách trên địa bàn đạt 52 tỷ đồng.';
    expect(figureAt(text, '52 tỷ đồng', OPTS).period).toBe('2024-M09');
  });
});
