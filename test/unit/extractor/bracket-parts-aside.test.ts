// "… tăng 20,20% so với cùng kỳ (quý I tăng 19,85%, quý II tăng 12,00%, quý III tăng 29,15%). Trong đó, công nghiệp
// khai khoáng tăng 14,56%": the quarters in the bracket date their own rates; the breakdown after it is of the nine months.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extractor/index.ts';

const PAD = 'Kinh tế - xã hội 9 tháng năm 2024 của tỉnh được thực hiện trong bối cảnh còn nhiều khó khăn, thách thức; các cấp, các ' +
  'ngành đã bám sát thực tiễn, tập trung lãnh đạo, chỉ đạo triển khai quyết liệt các nhiệm vụ, giải pháp ngay từ đầu năm.';
const periods = (body: string) =>
  extract(`Tình hình kinh tế - xã hội 9 tháng năm 2024\n\n${PAD}\n\n${body}`, { published: '2024-10-03' }).figures.map((f) => [f.text, f.period ?? null]);

describe('the parts of a year inside a bracket', () => {
  it('date the figures in the bracket only, not the sentences after it', () => {
    expect(periods('Tính chung 9 tháng năm 2024, chỉ số sản xuất công nghiệp tăng 20,20% so với cùng kỳ (quý I tăng 19,85%, quý II tăng 12,00%, quý III tăng 29,15%). Trong đó, công nghiệp khai khoáng tăng 14,56%; công nghiệp chế biến, chế tạo tăng 19,75%.'))
      .toEqual([['20,20%', '2024-9M'], ['19,85%', '2024-Q1'], ['12,00%', '2024-Q2'], ['29,15%', '2024-Q3'], ['14,56%', '2024-9M'], ['19,75%', '2024-9M']]);
  });

  it('a quarter that opens its sentence still dates the breakdown after it', () => {
    expect(periods('Riêng quý III, chỉ số sản xuất công nghiệp tăng 29,15% so với cùng kỳ. Trong đó, công nghiệp khai khoáng tăng 14,56%.'))
      .toEqual([['29,15%', '2024-Q3'], ['14,56%', '2024-Q3']]);
  });
});
