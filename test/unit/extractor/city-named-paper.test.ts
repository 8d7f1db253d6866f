// "BÁO ĐIỆN BIÊN PHỦ" alone over the page, with no publisher's formula: a paper named after a city below the province is
// its province's paper, so a page whose head names no other place is the province's, not the city's. A city the body
// names still owns its own sentence.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'BÁO ĐIỆN BIÊN PHỦ\nXã hội\nThứ Ba, 14/03/2023, 08:40 [GMT+7]\n\n';
const LEAD = 'ĐBP - Theo Sở Lao động - Thương binh và Xã hội, 2 tháng đầu năm 2023 toàn tỉnh tuyển sinh, đào tạo nghề cho 1.950 người, bằng 16,3% kế hoạch năm; công tác tư vấn, giới thiệu việc làm cho người lao động được quan tâm.\n\n';

describe('a paper named after a city, alone over the page', () => {
  it('a paragraph that names no place is the province\'s', () => {
    const text = `${HEAD}Đào tạo nghề cho gần 2.000 lao động\n\n${LEAD}Giải quyết việc làm mới cho 1.240 lao động, trong đó 85 người đi làm việc ở nước ngoài.`;
    expect(figureAt(text, '1.240').locality).toBe('tỉnh Điện Biên');
  });

  it('the city named in the body owns its sentence', () => {
    const text = `${HEAD}Đào tạo nghề cho gần 2.000 lao động\n\n${LEAD}Riêng thành phố Điện Biên Phủ giải quyết việc làm mới cho 310 lao động.`;
    expect(figureAt(text, '310').locality).toBe('thành phố Điện Biên Phủ');
  });

  it('a district in the headline is still the page\'s place', () => {
    const text = `${HEAD}Huyện Tuần Giáo: Đào tạo nghề cho gần 500 lao động\n\n${LEAD}Giải quyết việc làm mới cho 1.240 lao động.`;
    expect(figureAt(text, '1.240').locality).toBe('huyện Tuần Giáo');
  });
});
