// "trong tuần 43/2022 cả nước ghi nhận 9.441 trường hợp mắc", "tuần thứ 43 năm 2021": a numbered week that names its year
// is the month its Thursday falls in, of that year, as a week numbered alone is of the page's year.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extractor/index.ts';

const PAD = 'Thời gian qua, các cấp, các ngành đã tập trung lãnh đạo, chỉ đạo thực hiện đồng bộ nhiều giải pháp, huy động sức mạnh ' +
  'của cả hệ thống chính trị và sự đồng thuận của nhân dân, nhờ đó tình hình dịch bệnh cơ bản được kiểm soát.';
const periods = (sentence: string) =>
  extract(`Sốt xuất huyết diễn biến phức tạp\n\n${PAD}\n\nTheo Bộ Y tế, ${sentence}`, { published: '2022-11-02' }).figures.map((f) => [f.text, f.period]);

describe('a numbered week with its year', () => {
  it('is the month of that week, in that year', () => {
    expect(periods('trong tuần 43/2022 cả nước ghi nhận 9.441 trường hợp mắc sốt xuất huyết.')).toEqual([['9.441 trường hợp', '2022-M10']]);
    expect(periods('tuần thứ 43 năm 2021, cả nước ghi nhận 9.441 ca mắc sốt xuất huyết.')).toEqual([['9.441 ca mắc', '2021-M10']]);
  });

  it('leaves a rate per week alone', () => {
    expect(periods('mỗi tuần 3 buổi, năm 2022 có 120 học viên tham gia.')).toEqual([['120 học viên', '2022']]);
  });
});
