// "Theo Bộ Kế hoạch và Đầu tư, tỷ lệ hộ nghèo … năm 2023 còn 2,93%" on a province's page: a ministry quoted as the
// source speaks for the country; the sentences after it go back to the page's place.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extractor/index.ts';

const places = (body: string) =>
  extract(`Bà Rịa - Vũng Tàu không còn hộ nghèo\n\n${body}`, { published: '2024-03-15' }).figures.map((f) => [f.text, f.locality ?? null]);

describe('a ministry named as the source of a sentence', () => {
  it('makes the sentence\'s figures the country\'s, and hands back to the page after it', () => {
    expect(places('Tỉnh Bà Rịa - Vũng Tàu ghi nhận không còn hộ nghèo theo chuẩn Trung ương. Theo Bộ Kế hoạch và Đầu tư, ' +
      'tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều năm 2023 còn 2,93%. Thu nhập bình quân đầu người của tỉnh đạt 17,5 triệu đồng/tháng.'))
      .toEqual([['2,93%', 'cả nước'], ['17,5 triệu đồng/tháng', 'tỉnh Bà Rịa - Vũng Tàu']]);
    expect(places('Theo số liệu của Bộ Tài chính, tổng thu ngân sách năm 2023 đạt 1,75 triệu tỷ đồng.'))
      .toEqual([['1,75 triệu tỷ đồng', 'cả nước']]);
  });

  it('leaves a place the sentence names, and a "bộ" that is no ministry, alone', () => {
    expect(places('Theo Bộ Tài chính, tỉnh Bà Rịa - Vũng Tàu thu ngân sách năm 2023 đạt 83.000 tỷ đồng.'))
      .toEqual([['83.000 tỷ đồng', 'tỉnh Bà Rịa - Vũng Tàu']]);
    expect(places('Tỉnh Bà Rịa - Vũng Tàu có 45 xã. Theo bộ tiêu chí mới, tỷ lệ hộ nghèo năm 2023 còn 0,5%.'))
      .toEqual([['45 xã', 'tỉnh Bà Rịa - Vũng Tàu'], ['0,5%', 'tỉnh Bà Rịa - Vũng Tàu']]);
  });
});
