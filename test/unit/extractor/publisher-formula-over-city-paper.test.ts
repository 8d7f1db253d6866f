// "BÁO ĐIỆN BIÊN PHỦ - CƠ QUAN CỦA ĐẢNG BỘ … TỈNH ĐIỆN BIÊN": a paper named after a city says in its formula whose paper
// it is. When the head names no other place, the page is the formula's province, not the city in the paper's name.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const MASTHEAD = 'BÁO ĐIỆN BIÊN PHỦ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH ĐIỆN BIÊN\nCập nhật: 05/03/2023 | 09:10\n\n';
const LEAD = 'ĐBP - Theo Sở Y tế, năm 2022 toàn tỉnh có 11.240 trẻ được sinh ra, giảm 3,1% so với năm 2021; công tác chăm sóc sức khỏe bà mẹ, trẻ em tiếp tục được quan tâm ở tất cả các địa phương, nhất là vùng cao biên giới.\n\n';

describe("the publisher's formula over a paper named after a city", () => {
  it('with no place in the headline, the province of the formula is the page\'s', () => {
    const text = `${MASTHEAD}Tỷ lệ trẻ suy dinh dưỡng tiếp tục giảm\n\n${LEAD}Tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ đạt 96,4%, tỷ lệ bao phủ BHYT đạt 98,2% dân số.`;
    expect(figureAt(text, '98,2%').locality).toBe('tỉnh Điện Biên');
  });

  it('a district the headline names still wins over the formula', () => {
    const text = `${MASTHEAD}Huyện Mường Ảng: Tỷ lệ trẻ suy dinh dưỡng tiếp tục giảm\n\n${LEAD}Tỷ lệ bao phủ BHYT đạt 98,2% dân số.`;
    expect(figureAt(text, '98,2%').locality).toBe('huyện Mường Ảng');
  });
});
