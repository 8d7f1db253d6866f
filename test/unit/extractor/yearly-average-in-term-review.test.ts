// In a review of the running term, a yearly average or share ("bình quân mỗi năm thu 412 tỷ đồng", "Hằng năm có trên
// 85% tổ chức cơ sở đảng …") in a paragraph that names no period before it is the term's, not the publication year's.
// A year named earlier in the paragraph still dates it, and "cây hằng năm" (annual crops) is no yearly word.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'Văn Bàn sơ kết giữa nhiệm kỳ\n\nSau 2,5 năm thực hiện Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2020 - 2025, có 17/23 chỉ tiêu đạt và vượt.\n\n';
const OPTS = { published: '2023-07-12' };

describe('a yearly average in a review of the running term', () => {
  it('is the term\'s when its paragraph names no period', () => {
    expect(figureAt(`${HEAD}Thu ngân sách trên địa bàn có bước tiến: bình quân mỗi năm thu 412 tỷ đồng.`, '412', OPTS).period).toBe('2020/2025');
    expect(figureAt(`${HEAD}Công tác xây dựng Đảng có chuyển biến. Hằng năm có trên 85% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ.`, '85%', OPTS).period).toBe('2020/2025');
  });

  it('keeps a year named before it in its paragraph, and annual crops are no yearly word', () => {
    expect(figureAt(`${HEAD}Năm 2022, bình quân mỗi tháng thu 35 tỷ đồng; bình quân mỗi năm thu 412 tỷ đồng.`, '412', OPTS).period).toBe('2022');
    expect(figureAt(`${HEAD}Diện tích gieo trồng cây hằng năm đạt 12.340 ha.`, '12.340', OPTS).period).not.toBe('2020/2025');
  });
});
