// "6 tháng qua toàn Đảng bộ kết nạp 842 đảng viên" in a July 2023 report, after a sentence on the poverty rate "đến
// cuối năm 2022": the months just past are counted back from the report, so they are 2023's first half, not 2022's.
// A part of a year named without "qua" still takes the year its paragraph named.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const head = 'Tỉnh ủy đánh giá 6 tháng đầu năm 2023\n\nNgày 13/7, Ban Chấp hành Đảng bộ tỉnh đánh giá kết quả 6 tháng đầu năm, phương hướng 6 tháng cuối năm 2023.\n\n';
const opts = { published: '2023-07-14' };

describe('"N tháng qua" takes the report\'s year', () => {
  it('after a year named earlier in the paragraph, "6 tháng qua" is the report\'s first half', () => {
    const text = `${head}Tỷ lệ hộ nghèo đến cuối năm 2022 còn 2,36%. Công tác xây dựng Đảng được tăng cường; 6 tháng qua toàn Đảng bộ kết nạp 842 đảng viên.`;
    expect(figureAt(text, '842', opts).period).toBe('2023-H1');
  });
  it('"6 tháng đầu năm" without "qua" keeps the year its paragraph named', () => {
    const text = `${head}Năm 2022 là năm nhiều khó khăn. Trong 6 tháng đầu năm, toàn Đảng bộ kết nạp 842 đảng viên.`;
    expect(figureAt(text, '842', opts).period).toBe('2022-H1');
  });
});
